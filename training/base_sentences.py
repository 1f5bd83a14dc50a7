"""Base sentences for the pair-classifier training data, written for this project.

Every sentence here was written by hand for claimdiff; none is taken from the evaluation
datasets (``shared/datasets``) or seeds. Names of people, companies, films, towns and prizes
are invented. The text is grouped into *stories* (several claims about one invented event):
sentences of one story give hard ``unrelated`` pairs (same topic and entities, different claim).

Format of ``STORIES_TEXT`` (parsed by :func:`load_stories`):

* ``@topic`` starts a topic; ``--`` separates stories inside a topic;
* ``A:`` is a base sentence, the ``P:`` line after it a paraphrase asserting the same facts, an
  optional ``U:`` line a *sibling*: a different claim about the same people, place or
  template that does not conflict with A (a hard ``unrelated`` example; plain text, no slots),
  and an optional ``S:`` line a *short restatement*: one core fact of A in a short sentence of
  its own wording, with the values it keeps marked by the same slot tags (A and S make an
  `alter` pair with detail dropped, and a contradiction when one of S's values is edited);
  the lines of one claim come in this order: A, P, U, S;
* slots mark the spans the generator may edit, ``{tag:text|alt|alt}`` (``{tag?:...}`` = the
  span may be dropped as a detail):

  ``per`` person (alts optional, else a name pool), ``ent`` place/organisation/thing (alts =
  incompatible replacements), ``num`` number, ``date`` date or time, ``v`` predicate written
  ``text/negated/antonym`` (``-`` = none), ``attr`` droppable attribution, ``opt`` droppable
  detail, ``cause`` stated reason (alts = other reasons), ``q`` quoted words
  (``full|trimmed|reworded``), ``s`` strength (``text|weaker or stronger``), ``h`` hedge
  (``text|with the hedge added or removed``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Story:
    """Several claims about one invented event; ``pairs`` are (sentence, paraphrase, sibling,
    short restatement), the last two None where the story has none."""

    topic: str
    sid: int
    pairs: tuple[tuple[str, str, str | None, str | None], ...]


#: More stories in the same format, one file per batch of topics.
STORY_FILES = Path(__file__).with_name("stories")


def load_all_stories() -> list[Story]:
    """The stories of ``STORIES_TEXT`` and of every ``stories/*.txt`` file, numbered in turn."""
    stories = load_stories()
    for f in sorted(STORY_FILES.glob("*.txt")):
        try:
            more = load_stories(f.read_text(encoding="utf-8"))
        except ValueError as e:
            raise ValueError(f"{f.name}: {e}") from None
        stories += [Story(s.topic, len(stories) + k, s.pairs) for k, s in enumerate(more)]
    return stories


def load_stories(text: str | None = None) -> list[Story]:
    """Parse ``STORIES_TEXT`` into stories, checking that every line is well formed."""
    text = STORIES_TEXT if text is None else text
    stories: list[Story] = []
    topic = None
    cur: list[list] = []

    def flush():
        if cur:
            missing = [a for a, p, *_ in cur if p is None]
            if missing:
                raise ValueError(f"base sentence without a P: paraphrase: {missing[0][:50]!r}")
            stories.append(Story(topic, len(stories), tuple(tuple(x) for x in cur)))
            cur.clear()

    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line:
            continue
        if line.startswith("@"):
            flush()
            topic = line[1:].strip()
        elif line == "--":
            flush()
        elif line.startswith("A: "):
            cur.append([line[3:].strip(), None, None, None])
        elif line.startswith("P: ") and cur and cur[-1][1] is None:
            cur[-1][1] = line[3:].strip()
        elif line.startswith("U: ") and cur and cur[-1][1] is not None and cur[-1][2] is None and cur[-1][3] is None:
            cur[-1][2] = line[3:].strip()
        elif line.startswith("S: ") and cur and cur[-1][1] is not None and cur[-1][3] is None:
            cur[-1][3] = line[3:].strip()
        else:
            raise ValueError(f"base sentences line {n}: cannot parse {line[:40]!r}")
        if line[:3] in ("A: ", "P: ", "U: ", "S: ") and (line.count("{") != line.count("}") or re.search(r"\{[^{}]*\{", line)):
            raise ValueError(f"base sentences line {n}: unbalanced or nested slot braces")
    flush()
    return stories


STORIES_TEXT = r"""
@politics
A: The state Senate {v:voted/did not vote/-} {num:27-12} on {date:Thursday} to raise the minimum wage to {num:$15} an hour by {date:2027}{opt:, capping a session marked by bitter budget fights}.
P: On {date:Thursday}, state senators {v:backed/did not back/rejected} a plan, by a vote of {num:27 to 12}, to lift the hourly minimum wage to {num:$15} by {date:2027}{opt:, ending a session dominated by budget battles}.
U: The state Senate voted on Thursday to extend paid sick leave to part-time workers.
A: {attr:A spokesman for the governor said }Governor {per:Helen Marsh} {h:is expected to sign|will sign} the bill {date?:next week}{opt:, although business groups have urged a veto}.
P: Governor {per:Helen Marsh} {h:is expected to sign|will sign} the measure {date?:next week}{opt:, despite calls from business groups for a veto}{attr:, her spokesman said}.
U: Governor Helen Marsh signed a bill on school bus safety last month.
A: Business groups {v:warned/did not warn/-} that the increase could cost the state {num:40,000} jobs {cause?:because restaurants and small shops would cut staff|because factories would move to other states|because of higher payroll taxes}.
P: The raise could eliminate {num:40,000} jobs in the state {cause?:as restaurants and small shops cut staff|as factories move to other states|as a result of higher payroll taxes}, business groups {v:warned/did not warn/-}.
U: Business groups said they would spend heavily on advertising before the next election.
A: About {num:610,000} workers in the state earn less than {num:$15} an hour, {attr:according to the labor department}.
P: {attr:Labor department figures show }roughly {num:610,000} workers in the state are paid under {num:$15} an hour.
U: About 610,000 workers in the state belong to a trade union, according to the labor department.
--
A: Prime Minister {per:Daniel Okafor} {v:called/did not call/-} a snap election for {date:October 12} {cause:after his coalition lost a confidence vote in parliament|after a corruption scandal engulfed his cabinet|after his budget was defeated}.
P: {cause:Having lost a confidence vote in parliament|Facing a corruption scandal in his cabinet|With his budget defeated}, Prime Minister {per:Daniel Okafor} {v:called/did not call/-} an early election, to be held on {date:October 12}.
U: Prime Minister Daniel Okafor said he would seek a fourth term as party leader.
A: The governing coalition {v:lost/won/-} the vote by {num:11} votes{opt:, with two junior partners voting against the government}.
P: The coalition {v:was defeated/was not defeated/prevailed} by a margin of {num:11} votes{opt:, as two junior partners turned against the government}.
U: The governing coalition won a separate vote on farm subsidies earlier in the week.
A: Polls show the opposition Labour Alliance {s:narrowly ahead|well ahead} with {num:34 percent} support, against {num:29 percent} for the prime minister's party.
P: The opposition Labour Alliance is {s:narrowly ahead|well ahead} in opinion polls at {num:34%}, with the prime minister's party on {num:29%}.
U: Polls show most voters rank housing costs as their biggest concern.
A: "{q:The country needs a government that can govern, and only the voters can give us that|The country needs a government that can govern|Only the voters can give us a working government}," {per:Okafor} told reporters outside his office.
P: Speaking to reporters outside his office, {per:Okafor} said: "{q:The country needs a government that can govern, and only the voters can give us that|The country needs a government that can govern|Only the voters can give us a working government}."
--
A: The House {v:approved/did not approve/rejected} a {num:$1.2 trillion} spending package {date:late on Friday}, {cause:hours before a government shutdown was due to begin|after a last-minute deal with the White House|following a week of talks between party leaders}.
P: {date:Late on Friday}, lawmakers in the House {v:passed/did not pass/voted down} a spending package worth {num:$1.2 trillion}, {cause:just hours before a shutdown would have begun|after striking a last-minute deal with the White House|after a week of talks between party leaders}.
U: The House also approved a bill renaming two post offices late on Friday.
A: The measure {v:passed/failed/-} by {num:286} votes to {num:134}{opt:, with support from both parties}.
P: The bill {v:cleared/did not clear/-} the chamber {num:286} to {num:134}{opt:, drawing votes from both parties}.
U: The measure includes a pay rise for federal employees.
A: The package {s:includes|includes a record} {num:$85 billion} for defense and {num:$12 billion} for disaster relief.
P: It sets aside {num:$85 billion} for defense and {num:$12 billion} for disaster relief.
U: The package does not include new money for border security, which was left for a separate bill.
A: {attr:Congressional aides said }the Senate {h:could vote on the bill as early as|will vote on the bill on} {date:Saturday}.
P: The Senate {h:could take up the bill as soon as|will take up the bill on} {date:Saturday}{attr:, according to congressional aides}.
--
A: Voters in {ent:Lakeside County|Riverside County|Pine County} {v:rejected/did not reject/approved} a proposal to merge the county's three school districts, with {num:58 percent} voting against it.
P: A plan to combine the three school districts in {ent:Lakeside County|Riverside County|Pine County} {v:was defeated/was not defeated/was approved} at the ballot box, with {num:58%} of voters opposed.
U: Voters in Lakeside County also elected a new sheriff.
A: Turnout was {num:41 percent}, {s:the highest|among the highest} for an off-year election in the county since {date:1998}.
P: Some {num:41 percent} of voters cast ballots, {s:the highest|among the highest} off-year turnout in the county since {date:1998}.
U: Turnout was highest in the county's northern precincts, where polling stations stayed open late.
A: Supporters of the merger {v:said/did not say/-} it would have saved about {num:$3 million} a year in administrative costs.
P: The merger would have cut administrative spending by roughly {num:$3 million} annually, its supporters {v:said/did not say/-}.
--
A: The president {v:nominated/did not nominate/-} {per:Laura Brennan}, a former trade negotiator, to serve as ambassador to {ent:Japan|South Korea|India} on {date:Monday}.
P: On {date:Monday}, the president {v:picked/did not pick/-} former trade negotiator {per:Laura Brennan} as the next ambassador to {ent:Japan|South Korea|India}.
U: The president met the Japanese prime minister at the White House on Monday.
A: {per:Brennan}, {num:58}, spent {num:14} years at the trade representative's office{opt:, where she led talks on agricultural tariffs}.
P: {per:Brennan}, who is {num:58}, worked for {num:14} years at the trade representative's office{opt:, leading negotiations on farm tariffs}.
U: Brennan grew up on a dairy farm and studied economics at a state university.
A: Her nomination {h:is likely to face|faces} opposition from senators who {v:criticized/did not criticize/praised} her role in the {date:2019} tariff talks.
P: Senators who {v:criticized/did not criticize/praised} her part in the {date:2019} tariff negotiations {h:are likely to oppose|will oppose} the nomination.
--
A: The city's mayor {v:resigned/did not resign/-} on {date:Wednesday} {cause:after an audit found $2 million missing from a housing fund|after weeks of protests over police funding|citing poor health}{attr:, city officials said}.
P: {attr:According to city officials, }the mayor {v:stepped down/did not step down/-} on {date:Wednesday} {cause:following an audit that found $2 million missing from a housing fund|following weeks of protests over police funding|citing poor health}.
U: The city's mayor opened a new fire station in the east of the city on Wednesday.
A: Deputy Mayor {per:Rosa Delgado} {v:will serve/will not serve/-} as interim mayor until a special election in {date:March}.
P: Until a special election is held in {date:March}, Deputy Mayor {per:Rosa Delgado} {v:will act/will not act/-} as interim mayor.
U: Deputy Mayor Rosa Delgado previously ran the city's parks department.
A: The mayor {v:had denied/had not denied/had admitted} any wrongdoing in an interview {date:last month}.
P: In an interview {date:last month}, the mayor {v:denied/did not deny/admitted} any wrongdoing.

@courts
A: A federal judge in {ent:Boston|Chicago|Denver} {v:blocked/did not block/upheld} a state law on {date:Tuesday} that would have required social media companies to verify the age of every user.
P: On {date:Tuesday}, a federal judge in {ent:Boston|Chicago|Denver} {v:halted/did not halt/upheld} a state law requiring social media firms to check the age of all users.
U: A federal judge in Boston also heard arguments on Tuesday in a separate case over voting maps.
A: Judge {per:Margaret Hale} {v:ruled/did not rule/-} that the law {s:likely violates|violates} the First Amendment{opt:, granting a preliminary injunction requested by a tech industry group}.
P: The law {s:likely violates|violates} the First Amendment, Judge {per:Margaret Hale} {v:found/did not find/-}{opt:, issuing a preliminary injunction sought by a tech industry group}.
U: Judge Margaret Hale was appointed to the federal bench in 2014.
A: The state attorney general {v:said/did not say/-} her office {v:would appeal/would not appeal/would accept} the decision.
P: The decision {v:will be appealed/will not be appealed/will be accepted}, the state attorney general {v:said/did not say/-}.
A: The law was due to take effect on {date:July 1} and carried fines of up to {num:$10,000} per violation.
P: Set to start on {date:July 1}, the law allowed fines of as much as {num:$10,000} for each violation.
U: The law was passed by the legislature with support from both parties last spring.
--
A: A jury in {ent:Houston|Dallas|Phoenix} {v:found/did not find/-} former bank executive {per:Victor Lang} guilty of fraud on {date:Friday} {opt:after deliberating for three days}.
P: Former bank executive {per:Victor Lang} {v:was convicted/was not convicted/was acquitted} of fraud by a {ent:Houston|Dallas|Phoenix} jury on {date:Friday}{opt: following three days of deliberations}.
U: A jury in Houston was selected on Monday for the trial of a former city official.
A: Prosecutors said {per:Lang} {v:hid/did not hide/disclosed} {num:$48 million} in losses from investors over {num:four} years.
P: {per:Lang} {v:concealed/did not conceal/revealed} losses of {num:$48 million} from investors across {num:four} years, prosecutors said.
U: Prosecutors said Lang had moved to Switzerland after leaving the bank.
A: He {h:faces up to|will receive} {num:20} years behind bars at a sentencing hearing in {date:September}.
P: At his sentencing in {date:September}, he {h:could receive as many as|will receive} {num:20} years in prison.
U: He remains free on bail until his sentencing hearing.
A: "{q:We are deeply disappointed and we will appeal|We are disappointed|We are deeply disappointed, but we will not appeal}," his lawyer {per:Nina Ortiz} said outside the courthouse.
P: His lawyer {per:Nina Ortiz} said outside the courthouse: "{q:We are deeply disappointed and we will appeal|We are disappointed|We are deeply disappointed, but we will not appeal}."
--
A: The Supreme Court {v:agreed/declined/-} on {date:Monday} to hear a case on whether police need a warrant to track a suspect's phone location for more than {num:seven} days.
P: On {date:Monday}, the Supreme Court {v:said it would take up/said it would not take up/-} a case asking whether police need a warrant to follow a suspect's phone location beyond {num:seven} days.
U: The Supreme Court also heard arguments on Monday in a dispute over water rights between two states.
A: Arguments {h:are expected in|will be held in} {date:January}, with a ruling {h:likely by|due by} the end of {date:June}.
P: The justices {h:are expected to hear arguments in|will hear arguments in} {date:January} and {h:will probably rule by|will rule by} the end of {date:June}.
A: A lower court {v:had ruled/had not ruled/-} that the tracking {v:was legal/was not legal/was illegal} because the suspect had agreed to the phone company's terms of service.
P: Because the suspect had accepted the phone company's terms of service, a lower court {v:had found/had not found/-} the tracking {v:lawful/unlawful/-}.
--
A: A court in {ent:Lyon|Marseille|Toulouse} {v:sentenced/did not sentence/-} a former mayor to {num:three} years in prison for taking bribes from construction firms{opt: between 2015 and 2019}.
P: A former mayor {v:was sentenced/was not sentenced/-} to {num:three} years behind bars by a court in {ent:Lyon|Marseille|Toulouse} for accepting bribes from building companies{opt: from 2015 to 2019}.
U: A court in Lyon will rule next month in a separate case involving a regional councillor.
A: The court {v:also banned/did not ban/-} him from holding public office for {num:five} years.
P: He {v:was also barred/was not barred/-} from public office for {num:five} years.
U: The court ordered the construction firms to pay fines.
A: {attr:His lawyer said }the former mayor {v:would appeal/would not appeal/-} the verdict.
P: The former mayor {v:plans to appeal/does not plan to appeal/-} the ruling{attr:, according to his lawyer}.
--
A: An appeals court {v:overturned/upheld/-} the conviction of {per:Marcus Reed}, who spent {num:19} years in prison for a murder he has always denied{opt:, citing new DNA evidence}.
P: {per:Marcus Reed}, who served {num:19} years for a killing he has always said he did not commit, {v:had his conviction overturned/did not have his conviction overturned/had his conviction upheld} by an appeals court{opt: on the basis of new DNA evidence}.
U: An appeals court will hear a separate challenge to the prosecutor's conduct next year.
A: {per:Reed} {v:was released/was not released/-} from prison {date:on Thursday evening}.
P: {date:On Thursday evening}, {per:Reed} {v:walked free/did not walk free/-} from prison.
U: Reed plans to study law, his family said.
A: The district attorney {v:said/did not say/-} her office {v:would not retry/would retry/-} the case.
P: There {v:will be no/will be a/-} retrial, the district attorney {v:said/did not say/-}.
--
A: A judge {v:ordered/did not order/-} the utility to pay {num:$310 million} to residents whose homes were destroyed in the {date:2021} wildfire.
P: The utility {v:must pay/need not pay/-} {num:$310 million} to residents who lost their homes in the {date:2021} wildfire, a judge {v:ruled/did not rule/-}.
U: A judge ordered the utility to publish its wildfire safety plan online.
A: Investigators {v:found/did not find/-} that the fire {h:was started|may have been started} by a power line {cause:that the company had failed to repair|that was brought down by high winds|struck by a falling tree}.
P: The fire {h:was sparked|may have been sparked} by a power line {cause:the company had not repaired|brought down by high winds|hit by a falling tree}, investigators {v:found/did not find/-}.
A: The fire burned {num:1,240} homes and {v:killed/did not kill/-} {num:nine} people.
P: {num:Nine} people {v:died/did not die/-} and {num:1,240} homes burned in the fire.
U: The fire destroyed a historic covered bridge built in the 1880s.

@business
A: Shares of {ent:Norvell Motors|Castor Automotive|Brightway Cars} {v:fell/rose/-} {num:12 percent} on {date:Tuesday} {cause:after the carmaker cut its sales forecast for the year|after the company recalled 200,000 vehicles|after its chief executive resigned}.
P: {ent:Norvell Motors|Castor Automotive|Brightway Cars} stock {v:dropped/climbed/-} {num:12%} on {date:Tuesday} {cause:when the carmaker lowered its annual sales forecast|when the company recalled 200,000 vehicles|when its chief executive stepped down}.
U: Shares of Norvell Motors have more than doubled over the past five years.
A: The company now expects to sell about {num:1.8 million} vehicles this year, down from {num:2.1 million}{opt:, citing weak demand in Europe}.
P: It now forecasts annual sales of roughly {num:1.8 million} vehicles, lower than its earlier estimate of {num:2.1 million}{opt:, blaming weak European demand}.
U: The company expects to launch three new electric models this year.
A: {attr:Analysts at one investment bank said }the forecast cut was {s:larger than expected|slightly larger than expected}.
P: The reduction in the forecast was {s:larger than expected|slightly larger than expected}{attr:, analysts at one investment bank said}.
A: Chief executive {per:Paul Whitaker} {v:said/did not say/-} the company {v:would not cut/would cut/-} jobs in its home market.
P: There {v:will be no/will be/-} job cuts in the home market, chief executive {per:Paul Whitaker} {v:said/did not say/-}.
U: Chief executive Paul Whitaker joined the company from a rival carmaker in 2019.
--
A: {ent:Halden Foods|Marrow Brands|Tessaly Group} {v:agreed/did not agree/-} to buy the snack maker {ent:Crisp & Co|Golden Bite|Snackwell} for {num:$4.6 billion} in cash, the companies said on {date:Monday}.
P: On {date:Monday}, {ent:Halden Foods|Marrow Brands|Tessaly Group} and {ent:Crisp & Co|Golden Bite|Snackwell} {v:announced/did not announce/-} a {num:$4.6 billion} all-cash deal for the snack maker.
U: Halden Foods also reported higher quarterly profits on Monday.
A: The price {s:represents a premium of|is roughly} {num:32 percent} over the snack maker's closing share price on {date:Friday}.
P: The offer is {num:32%} above where the snack maker's shares closed on {date:Friday}.
A: The takeover {h:is expected to close|will close} in the {date:first half of next year}, subject to approval by regulators.
P: Subject to regulatory approval, the deal {h:should be completed|will be completed} in the {date:first half of next year}.
A: {ent:Crisp & Co|Golden Bite|Snackwell} employs about {num:3,500} people at {num:six} factories{opt:, mostly in the Midwest}.
P: The snack maker has roughly {num:3,500} employees at {num:six} plants{opt:, most of them in the Midwest}.
U: Crisp & Co was founded in 1952 as a family bakery.
--
A: The central bank {v:raised/cut/-} its main interest rate by {num:a quarter of a percentage point} to {num:4.5 percent} on {date:Wednesday}{opt:, its fifth increase this year}.
P: On {date:Wednesday}, the central bank {v:lifted/lowered/-} its benchmark rate by {num:0.25 percentage points} to {num:4.5%}{opt:, the fifth rise of the year}.
U: The central bank also published new forecasts for economic growth on Wednesday.
A: Policymakers {v:said/did not say/-} inflation {v:remained/no longer remained/-} {s:well above|above} their {num:2 percent} target.
P: Inflation is still {s:well above|above} the {num:2%} target, policymakers {v:said/did not say/-}.
U: Policymakers said the housing market had cooled in recent months.
A: {num:Seven} of the {num:nine} members of the rate committee {v:supported/opposed/-} the move.
P: The move {v:was backed/was opposed/-} by {num:seven} of the rate committee's {num:nine} members.
A: The governor {v:signaled/did not signal/-} that rates {h:could rise again|will rise again} in {date:December}.
P: Another rate increase {h:may come|will come} in {date:December}, the governor {v:signaled/did not signal/-}.
--
A: {ent:Orbis Retail|Maple Stores|Kestrel Mart} {v:will close/will not close/will open} {num:120} stores across the country by the end of {date:March}{opt:, affecting about 4,000 workers}.
P: By the end of {date:March}, {ent:Orbis Retail|Maple Stores|Kestrel Mart} {v:plans to shut/does not plan to shut/plans to open} {num:120} of its stores nationwide{opt:, a move affecting some 4,000 employees}.
U: Orbis Retail will open a new distribution centre in Ohio next year.
A: The retailer {v:reported/did not report/-} a quarterly loss of {num:$210 million}, compared with a profit of {num:$45 million} a year earlier.
P: It posted a {num:$210 million} loss for the quarter, against a {num:$45 million} profit in the matching quarter a year before.
U: The retailer named a new chief financial officer on the same day.
A: Online sales {v:rose/fell/-} {num:8 percent}, while like-for-like sales in its established shops {v:fell/rose/-} {num:6 percent}.
P: Like-for-like sales at its older shops {v:dropped/increased/-} {num:6%}, but online sales {v:grew/shrank/-} {num:8%}.
--
A: The country's unemployment rate {v:fell/rose/-} to {num:3.9 percent} in {date:May} from {num:4.1 percent} in {date:April}, {attr:the statistics office said}.
P: {attr:According to the statistics office, }unemployment {v:dropped/climbed/-} to {num:3.9%} in {date:May}, down from {num:4.1%} in {date:April}.
U: The country's statistics office will publish revised growth figures next week.
A: Employers {v:added/cut/-} {num:215,000} jobs during the month{opt:, led by hiring in health care and construction}.
P: Payrolls {v:grew/shrank/-} by {num:215,000} in the month{opt:, with health care and construction leading the way}.
U: Employers in the manufacturing sector reported higher costs for raw materials.
A: Average hourly wages {v:rose/fell/-} {num:0.3 percent} from the previous month.
P: Hourly pay {v:increased/decreased/-} by {num:0.3%} on average compared with the month before.
--
A: The airline {v:will cancel/will not cancel/will add} about {num:2,000} flights in {date:August} {cause:because of a shortage of pilots|because of delays in aircraft deliveries|due to a strike by ground staff}.
P: {cause:A pilot shortage|Late aircraft deliveries|A strike by ground staff} {v:will force/will not force/-} the airline to scrap roughly {num:2,000} flights in {date:August}.
U: The airline will add new routes to Lisbon and Athens in August.
A: The cancellations amount to {s:about|nearly} {num:4 percent} of its scheduled flights for the month.
P: That is {s:about|nearly} {num:4%} of the flights it had scheduled for the month.
A: "{q:We are sorry for the disruption this will cause our customers|We are sorry|We regret any inconvenience to our passengers}," the airline said in a statement.
P: In a statement, the airline said: "{q:We are sorry for the disruption this will cause our customers|We are sorry|We regret any inconvenience to our passengers}."
U: The airline announced an order for 40 new aircraft.
--
A: Oil prices {v:jumped/slumped/-} {num:5 percent} to {num:$92} a barrel on {date:Thursday} {cause:after producers agreed to cut output|after a pipeline explosion in the Gulf|as tensions rose in the Middle East}.
P: {cause:Following an agreement among producers to reduce output|Following a pipeline explosion in the Gulf|Amid rising tensions in the Middle East}, oil {v:climbed/fell/-} {num:5%} on {date:Thursday} to {num:$92} a barrel.
U: Oil prices have swung widely this year as demand from China slowed.
A: Producers {v:agreed/did not agree/refused} to reduce output by {num:1.5 million} barrels a day starting in {date:November}.
P: From {date:November}, producers {v:will pump/will not pump/-} {num:1.5 million} fewer barrels a day under the agreement.
U: Producers will meet again in Vienna in December.
A: Petrol prices {h:could rise|will rise} by {num:10 cents} a litre within {num:two} weeks, {attr:according to a motoring group}.
P: {attr:A motoring group said }pump prices {h:may go up|will go up} {num:10 cents} a litre in the next {num:two} weeks.
@sport
A: {ent:Harbor City|Northgate United|Redfield Rovers} {v:beat/lost to/-} {ent:Eastbrook|Westhaven Athletic|Kingsport} {num:3-1} on {date:Saturday} to open a {num:four}-point lead in the league standings.
P: A {num:3-1} win over {ent:Eastbrook|Westhaven Athletic|Kingsport} on {date:Saturday} {v:put/did not put/-} {ent:Harbor City|Northgate United|Redfield Rovers} a {num:four}-point lead in the league.
U: Harbor City will play Eastbrook again in the cup next month.
A: Striker {per:Tomas Varga} {v:scored/did not score/missed} twice in the second half{opt:, including a penalty in the 78th minute}.
P: {per:Tomas Varga} {v:netted/did not net/-} two goals after the break{opt:, one of them a 78th-minute penalty}.
U: Striker Tomas Varga signed a new three-year contract with the club in the summer.
A: The visitors {v:had taken/had not taken/-} the lead through a header from {per:Sam Oduya} after {num:12} minutes.
P: {per:Sam Oduya} {v:gave/did not give/-} the visitors an early lead with a header in the {num:12th} minute.
A: The home side {v:has not lost/has lost/-} at home since {date:February}{opt:, a run of 14 matches}.
P: The home team {v:is unbeaten/is not unbeaten/-} at its own ground since {date:February}{opt:, a 14-match run}.
--
A: {per:Elena Petrova} {v:won/lost/-} the women's marathon in {num:2 hours 21 minutes} on {date:Sunday}, {s:breaking|nearly breaking} the course record by {num:40} seconds.
P: On {date:Sunday}, {per:Elena Petrova} {v:took/did not take/-} the women's marathon title in a time of {num:2:21}, {s:breaking|nearly breaking} the course record by {num:40} seconds.
U: Elena Petrova also won the national cross-country title in the spring.
A: She {v:pulled away/did not pull away/fell behind} from the leading group at the {num:30-kilometre} mark.
P: At {num:30 kilometres}, she {v:broke away/did not break away/dropped back} from the leaders.
A: The men's race {v:was won/was not won/-} by {per:Daniel Kiprop}, who finished in {num:2 hours 6 minutes}.
P: {per:Daniel Kiprop} {v:won/lost/-} the men's race in {num:2:06}.
U: The men's race was broadcast live on national television for the first time.
A: Organizers {v:said/did not say/-} {num:32,000} runners took part, {s:a record|close to a record} for the event.
P: {s:A record|Nearly a record} {num:32,000} runners took part, organizers {v:said/did not say/-}.
--
A: Tennis player {per:Marco Bellini} {v:withdrew/did not withdraw/-} from the tournament on {date:Wednesday} {cause:because of a wrist injury|because of a back injury|after testing positive for a virus}.
P: {cause:A wrist injury|A back injury|A positive virus test} {v:forced/did not force/-} {per:Marco Bellini} out of the tournament on {date:Wednesday}.
U: Tennis player Marco Bellini won his first professional title last year in Lyon.
A: The {num:24-year-old} was seeded {num:third} and had been due to play in the quarter-finals.
P: {per:Bellini}, {num:24}, was the {num:third} seed and had reached the quarter-finals.
A: {attr:His coach said }he {h:could be out for|will be out for} {num:six} weeks.
P: He {h:may miss|will miss} {num:six} weeks{attr:, according to his coach}.
--
A: The {ent:Rangers|Falcons|Tigers} {v:signed/did not sign/released} pitcher {per:Jake Donnelly} to a {num:five-year}, {num:$140 million} contract on {date:Thursday}.
P: Pitcher {per:Jake Donnelly} {v:agreed/did not agree/-} to terms on a {num:five-year} contract worth {num:$140 million} with the {ent:Rangers|Falcons|Tigers} on {date:Thursday}.
U: The Rangers also traded two minor league players to the Tigers on Thursday.
A: {per:Donnelly} {v:won/lost/-} {num:17} games last season with an earned run average of {num:2.85}.
P: Last season, {per:Donnelly} {v:recorded/did not record/-} {num:17} wins and a {num:2.85} earned run average.
U: Donnelly was drafted by the club in the first round in 2016.
A: The contract is the {s:largest|one of the largest} ever given to a pitcher by the club.
P: No pitcher has received a {s:bigger|much bigger} contract from the club.
--
A: The national cricket team {v:were bowled out/were not bowled out/-} for {num:142} on the {num:second} day of the test in {ent:Colombo|Karachi|Chennai}.
P: On day {num:two} of the test in {ent:Colombo|Karachi|Chennai}, the national side {v:were dismissed/were not dismissed/-} for {num:142}.
U: The national cricket team will tour the West Indies early next year.
A: Fast bowler {per:Imran Qadir} {v:took/did not take/-} {num:six} wickets for {num:38} runs.
P: {per:Imran Qadir} {v:finished/did not finish/-} with figures of {num:six} for {num:38}.
A: Rain {v:stopped/did not stop/-} play for {num:two} hours during the afternoon session.
P: The afternoon session {v:was interrupted/was not interrupted/-} by rain for {num:two} hours.
--
A: The cycling team {v:confirmed/denied/-} on {date:Monday} that its leader {per:Luc Moreau} {v:will not start/will start/-} the race {cause:after breaking his collarbone in a crash|after falling ill with a stomach virus|because of a knee injury}.
P: {per:Luc Moreau} {v:will miss/will not miss/-} the race {cause:with a collarbone broken in a crash|because of a stomach virus|with a knee injury}, his team {v:confirmed/denied/-} on {date:Monday}.
U: The cycling team also announced a new sponsor on Monday.
A: {per:Moreau} {v:finished/did not finish/-} {num:second} overall last year{opt:, his best result in a major race}.
P: Last year {per:Moreau} {v:was/was not/-} runner-up overall{opt:, his best finish in a major race}.
A: {attr:The team doctor said }the rider {h:should be able to|will} return to training in {num:three} weeks.
P: The rider {h:is expected to|will} be back in training within {num:three} weeks{attr:, the team doctor said}.
--
A: The Olympic committee {v:awarded/did not award/-} the {date:2036} Summer Games to {ent:Madrid|Istanbul|Mumbai}, which {v:beat/lost to/-} {ent:Doha|Cairo|Santiago} in the final round of voting.
P: {ent:Madrid|Istanbul|Mumbai} {v:won/lost/-} the right to host the {date:2036} Summer Games, defeating {ent:Doha|Cairo|Santiago} in the last round of voting.
U: The Olympic committee also voted to add climbing and surfing to the programme.
A: The winning bid {v:received/did not receive/-} {num:53} votes to {num:41}.
P: The vote was {num:53} to {num:41}.
A: The city {h:plans to spend|will spend} {num:$8 billion} on new venues and transport.
P: Some {num:$8 billion} {h:is expected to be spent|will be spent} on venues and transport.

@health
A: A study of {num:12,000} adults {v:found/did not find/-} that those who walked at least {num:7,000} steps a day had a {num:28 percent} lower risk of heart disease.
P: People who took {num:7,000} or more steps daily were {num:28%} less likely to develop heart disease, a study of {num:12,000} adults {v:found/did not find/-}.
U: A separate study of 12,000 adults looked at how much sleep people get on weekends.
A: The researchers {v:said/did not say/-} the study {v:showed/did not show/-} an association and {h:could not prove|did not prove} that walking itself lowered the risk.
P: The study {v:shows/does not show/-} only a link, and it {h:cannot prove|does not prove} that walking caused the lower risk, the researchers {v:said/did not say/-}.
A: The participants were followed for an average of {num:nine} years{opt:, and their steps were measured with wrist devices}.
P: Participants were tracked for {num:nine} years on average{opt:, with wrist devices counting their steps}.
A: The study {v:was published/was not published/-} in a cardiology journal on {date:Wednesday}.
P: A cardiology journal {v:published/did not publish/-} the findings on {date:Wednesday}.
--
A: Health officials {v:confirmed/did not confirm/ruled out} {num:14} cases of measles in {ent:Fairview|Oakton|Millbrook} over the past {num:two} weeks{opt:, most of them in unvaccinated children}.
P: There {v:have been/have not been/-} {num:14} confirmed measles cases in {ent:Fairview|Oakton|Millbrook} in the last {num:two} weeks{opt:, mostly among unvaccinated children}, health officials said.
U: Health officials in Fairview also reported a rise in cases of whooping cough.
A: The outbreak {h:is believed to have started|started} at a daycare centre{opt: where several staff members had recently travelled abroad}.
P: The outbreak {h:probably began|began} at a daycare centre{opt: whose staff had recently been abroad}.
A: The county {v:will open/will not open/will close} a free vaccination clinic at the public library on {date:Saturday}.
P: On {date:Saturday}, a free vaccination clinic {v:will open/will not open/-} at the public library, the county said.
U: The county will close the public library for renovation in the autumn.
--
A: Regulators {v:approved/did not approve/rejected} a new drug for early Alzheimer's disease on {date:Friday}{opt:, the third such treatment to reach the market}.
P: On {date:Friday}, a new treatment for early-stage Alzheimer's {v:won/did not win/was refused} regulatory approval{opt:, becoming the third of its kind on the market}.
U: Regulators approved a new version of a common blood pressure drug on Friday.
A: In trials, the drug {v:slowed/did not slow/accelerated} memory decline by {num:27 percent} over {num:18} months compared with a placebo.
P: Compared with a placebo, the drug {v:reduced/did not reduce/-} the pace of memory decline by {num:27%} across {num:18} months of trials.
A: The treatment will cost about {num:$26,000} a year{attr:, the manufacturer said}.
P: {attr:The manufacturer said }a year of the treatment will cost roughly {num:$26,000}.
U: The manufacturer said it would build a new factory to make the treatment.
A: Some patients in the trials {v:suffered/did not suffer/-} brain swelling, {s:most of it mild|some of it severe}.
P: Brain swelling {v:occurred/did not occur/-} in some trial patients, {s:most of it mild|some of it severe}.
--
A: Hospitals in the region {v:reported/did not report/-} a {num:40 percent} rise in flu admissions in the week to {date:January 8}.
P: In the week ending {date:January 8}, flu admissions at the region's hospitals {v:rose/fell/-} by {num:40%}.
U: Hospitals in the region have struggled to recruit nurses for several years.
A: {attr:The health department said }{num:1,150} people {v:were admitted/were not admitted/were discharged} with flu during the week.
P: During the week, {num:1,150} people {v:were hospitalized/were not hospitalized/-} with flu{attr:, according to the health department}.
A: Officials {v:urged/did not urge/-} people over {num:65} to get vaccinated {cause:because this year's strain is hitting older adults hardest|because vaccine supplies are running low|before the school holidays end}.
P: People over {num:65} {v:should get/need not get/-} a flu shot, officials said, {cause:as this year's strain is hardest on older adults|as vaccine stocks are running low|before the school holidays end}.
--
A: Scientists {v:discovered/did not discover/-} a new species of frog in the cloud forests of {ent:Ecuador|Peru|Colombia}{opt:, the size of a thumbnail}.
P: A previously unknown frog species {v:has been found/has not been found/-} in cloud forests in {ent:Ecuador|Peru|Colombia}{opt:; it is about as big as a thumbnail}.
U: Scientists discovered the frog's closest relative in the same forests a decade ago.
A: The team {v:identified/did not identify/-} the species from its call{opt:, a high whistle repeated every few seconds}.
P: Its call{opt:, a high whistle repeated every few seconds,} {v:allowed/did not allow/-} the team to identify it as a new species.
A: The researchers {v:said/did not say/-} the frog {h:is probably|is} endangered {cause:because its habitat is being cleared for farming|because of a fungal disease|because mining is spreading in the area}.
P: The frog {h:is likely|is} endangered, {cause:as its habitat is being cleared for farms|as a fungal disease spreads|as mining expands in the area}, the researchers {v:said/did not say/-}.
--
A: The hospital {v:performed/did not perform/-} the country's first double hand transplant in {date:March}{opt:, in a 16-hour operation}.
P: In {date:March}, surgeons at the hospital {v:carried out/did not carry out/-} the first double hand transplant in the country{opt:; the operation lasted 16 hours}.
U: The hospital opened a new children's wing in March.
A: The patient, a {num:42-year-old} electrician, {v:lost/did not lose/-} both hands in a workplace accident {date:two years ago}.
P: The recipient is a {num:42-year-old} electrician who {v:lost/did not lose/-} his hands in an accident at work {date:two years ago}.
U: The patient has two daughters and lives in a small town near the coast.
A: Doctors {v:said/did not say/-} he {h:could regain|will regain} some movement within {num:a year}.
P: Within {num:a year}, he {h:may recover|will recover} some movement, doctors {v:said/did not say/-}.

@weather
A: Hurricane {ent:Delia|Marco|Ines} {v:made/did not make/-} landfall near {ent:Port Allen|Gulf Shores|Morgan City} on {date:Tuesday night} as a Category {num:3} storm with winds of {num:120 mph}.
P: The storm {v:came/did not come/-} ashore close to {ent:Port Allen|Gulf Shores|Morgan City} {date:late on Tuesday} as a Category {num:3} hurricane packing {num:120 mph} winds.
U: Hurricane Delia is the fourth named storm of the season.
A: More than {num:400,000} homes and businesses {v:lost/did not lose/-} power{opt:, and some areas could be without electricity for a week}.
P: Power {v:was cut/was not cut/was restored} to over {num:400,000} customers{opt:, and some may wait a week for it to come back}.
A: Officials {v:ordered/did not order/-} the evacuation of {num:80,000} coastal residents {date:on Monday}.
P: {date:On Monday}, {num:80,000} people living on the coast {v:were told/were not told/-} to evacuate.
U: Officials opened 40 emergency shelters in schools and churches on Monday.
A: At least {num:four} people {v:were killed/were not killed/-} {cause:by falling trees|in flash floods|in a building collapse}{attr:, the state's emergency agency said}.
P: {attr:The state's emergency agency said }{cause:falling trees|flash floods|a building collapse} {v:killed/did not kill/-} at least {num:four} people.
--
A: Temperatures {v:reached/did not reach/-} {num:46.2 degrees Celsius} in {ent:Seville|Athens|Palermo} on {date:Sunday}, the highest ever recorded in the country.
P: {ent:Seville|Athens|Palermo} {v:recorded/did not record/-} a national record temperature of {num:46.2C} on {date:Sunday}.
U: Temperatures in Seville usually peak in late July.
A: The previous record of {num:45.4 degrees} {v:was set/was not set/-} in {date:2017}.
P: The old record, {num:45.4 degrees}, {v:dated/did not date/-} from {date:2017}.
A: Authorities {v:closed/did not close/opened} schools and public parks {cause:because of the heat|because of wildfire smoke|because of a water shortage}.
P: {cause:The heat|Wildfire smoke|A water shortage} {v:led/did not lead/-} authorities to shut schools and public parks.
U: Authorities asked residents to avoid using air conditioning during peak hours.
A: Forecasters {v:said/did not say/-} temperatures {h:could stay|will stay} above {num:40 degrees} until {date:Thursday}.
P: Temperatures {h:may remain|will remain} over {num:40 degrees} through {date:Thursday}, forecasters {v:said/did not say/-}.
--
A: A magnitude {num:6.4} earthquake {v:struck/did not strike/-} the island {date:at 4:12 a.m.} on {date:Friday}{opt:, about 30 kilometres south of the capital}.
P: The island {v:was hit/was not hit/-} by a {num:6.4}-magnitude earthquake on {date:Friday} {date:at 4:12 a.m.}{opt:, roughly 30 km south of the capital}.
U: The island was hit by a stronger earthquake in 1968.
A: {attr:Local officials said }at least {num:23} people {v:died/did not die/survived} and {num:150} were injured.
P: The quake {v:killed/did not kill/-} at least {num:23} people and injured {num:150}{attr:, according to local officials}.
A: The earthquake {s:severely damaged|damaged} the main hospital{opt:, and patients were moved to tents outside}.
P: The main hospital {s:suffered severe damage|was damaged}{opt:, forcing staff to move patients into tents outside}.
U: The earthquake also cut the only road to the northern villages.
A: A tsunami warning {v:was issued/was not issued/-} but lifted {num:two} hours later.
P: Authorities {v:issued/did not issue/-} a tsunami warning and cancelled it {num:two} hours later.
--
A: Heavy rain {v:caused/did not cause/-} the river to burst its banks on {date:Wednesday}, flooding {num:2,300} homes in {ent:Tewksbury|Ashford|Kendal}.
P: On {date:Wednesday}, the river {v:overflowed/did not overflow/-} after heavy rain, leaving {num:2,300} homes in {ent:Tewksbury|Ashford|Kendal} under water.
U: Heavy rain also caused landslides on two main roads in the region on Wednesday.
A: The town {v:received/did not receive/-} {num:110 millimetres} of rain in {num:24} hours, {s:more than|nearly} its average for the whole month.
P: {num:110 mm} of rain {v:fell/did not fall/-} on the town in {num:24} hours, {s:more than|nearly} a normal month's total.
A: Flood defences {v:failed/did not fail/held} {cause:because they had not been repaired since the last flood|because the water rose faster than expected|after a pump station lost power}{attr:, the environment agency said}.
P: {attr:The environment agency said }the flood barriers {v:gave way/did not give way/held} {cause:because they had not been fixed since the previous flood|as the water rose faster than forecast|after a pump station lost power}.
--
A: A wildfire {v:has burned/has not burned/-} {num:18,000} hectares north of {ent:Redding|Bend|Flagstaff} and {v:was/was not/-} {num:35 percent} contained by {date:Monday evening}.
P: By {date:Monday evening}, firefighters {v:had contained/had not contained/-} {num:35%} of a blaze that has scorched {num:18,000} hectares north of {ent:Redding|Bend|Flagstaff}.
U: A wildfire north of Redding last year burned for more than a month.
A: About {num:1,600} firefighters {v:are battling/are not battling/-} the fire{opt:, supported by 12 helicopters}.
P: Roughly {num:1,600} firefighters{opt:, backed by 12 helicopters,} {v:are fighting/are not fighting/-} the blaze.
A: The fire {h:was probably started|was started} {cause:by a lightning strike|by a discarded cigarette|by sparks from a train}{attr:, investigators said}.
P: {cause:Lightning|A discarded cigarette|Sparks from a train} {h:likely started|started} the fire{attr:, according to investigators}.
--
A: The national weather service {v:issued/did not issue/cancelled} a blizzard warning for {ent:Minneapolis|Buffalo|Des Moines} through {date:Saturday morning}, with up to {num:45 centimetres} of snow expected.
P: Up to {num:45 cm} of snow {h:could fall|will fall} on {ent:Minneapolis|Buffalo|Des Moines}, where a blizzard warning {v:is in effect/is not in effect/-} until {date:Saturday morning}.
U: The national weather service said the winter had been milder than usual so far.
A: Airlines {v:cancelled/did not cancel/added} {num:900} flights at the city's airport {date:on Friday}.
P: {num:900} flights {v:were cancelled/were not cancelled/-} at the city's airport {date:on Friday}.
U: Airlines added extra flights to the city's airport for the holiday weekend.
A: Schools {v:will remain closed/will not remain closed/will reopen} {date:on Monday}{attr:, the school district said}.
P: {attr:The school district said }schools {v:will stay shut/will not stay shut/will open} {date:on Monday}.
@crime
A: Police {v:arrested/did not arrest/released} a {num:34-year-old} man on {date:Sunday} in connection with the stabbing of a teenager outside a nightclub in {ent:Leeds|Bristol|Cardiff}.
P: A man aged {num:34} {v:was arrested/was not arrested/was released} on {date:Sunday} over the stabbing of a teenager outside a {ent:Leeds|Bristol|Cardiff} nightclub, police said.
U: Police arrested a second man on Tuesday over a separate burglary in the same street.
A: The {num:17-year-old} victim {s:is in a critical condition|is in a stable condition} in hospital{attr:, a police spokesperson said}.
P: {attr:According to a police spokesperson, }the victim, who is {num:17}, {s:remains in a critical condition|remains in a stable condition} in hospital.
U: The victim plays football for a local youth club, his family said.
A: Detectives {v:believe/do not believe/-} the attack {h:was|may have been} linked to a dispute over a mobile phone.
P: The attack {h:was|might have been} connected to an argument over a mobile phone, detectives {v:believe/do not believe/-}.
A: Officers {v:have appealed/have not appealed/-} for witnesses who were in the area between {date:1 a.m.} and {date:2 a.m.}
P: Anyone who was nearby between {date:1 a.m.} and {date:2 a.m.} {v:is asked/is not asked/-} to contact police.
--
A: Thieves {v:stole/did not steal/-} jewellery worth an estimated {num:$2.3 million} from a museum in {ent:Dresden|Vienna|Antwerp} {date:early on Tuesday}{opt:, after cutting through a window grille}.
P: {date:Early on Tuesday}, jewels valued at about {num:$2.3 million} {v:were taken/were not taken/-} from a museum in {ent:Dresden|Vienna|Antwerp}{opt: by thieves who cut through a window grille}.
U: Thieves stole copper cable from a railway line near Dresden early on Tuesday.
A: The museum's alarm {v:did not go off/went off/-} {cause:because a power cut had disabled it|because it had been switched off for repairs|because the thieves had cut its wires}.
P: {cause:A power cut had disabled|Repairs had switched off|The thieves had cut the wires of} the museum's alarm, which {v:did not sound/sounded/-}.
A: {attr:Police said }{num:two} men {h:were seen|may have been seen} leaving the building in a dark van.
P: {num:Two} men {h:were seen|were possibly seen} driving away from the building in a dark van{attr:, police said}.
--
A: A former nurse {v:was charged/was not charged/-} on {date:Thursday} with {num:seven} counts of murder over the deaths of patients at a care home in {ent:Ohio|Indiana|Kentucky}.
P: Prosecutors {v:charged/did not charge/-} a former nurse with {num:seven} murders on {date:Thursday} in connection with patient deaths at a care home in {ent:Ohio|Indiana|Kentucky}.
U: A former nurse at the same care home was honoured for her work in 2016.
A: The deaths occurred between {date:2018} and {date:2020}{attr:, according to the indictment}.
P: {attr:The indictment says }the patients died from {date:2018} to {date:2020}.
A: Prosecutors {v:allege/do not allege/-} that she {h:gave|may have given} the patients {s:large doses|fatal doses} of insulin.
P: She {h:injected|is suspected of injecting} the patients with {s:large doses|fatal doses} of insulin, prosecutors {v:allege/do not allege/-}.
--
A: Customs officers {v:seized/did not seize/-} {num:1.4 tonnes} of cocaine hidden in a shipment of bananas at the port of {ent:Rotterdam|Hamburg|Valencia} on {date:Friday}.
P: On {date:Friday}, {num:1.4 tonnes} of cocaine concealed in a banana shipment {v:was seized/was not seized/-} at the port of {ent:Rotterdam|Hamburg|Valencia}.
U: Customs officers at the port of Rotterdam handle more than 14 million containers a year.
A: The drugs {h:have|are estimated to have} a street value of {num:$95 million}{attr:, officials said}.
P: {attr:Officials said }the street value of the drugs {h:is|is estimated at} {num:$95 million}.
A: {num:Three} people {v:were arrested/were not arrested/were released} in connection with the seizure.
P: Police {v:detained/did not detain/freed} {num:three} people over the seizure.
--
A: A man {v:was sentenced/was not sentenced/-} to {num:12} years in prison on {date:Monday} for a string of armed robberies at petrol stations {opt:in the north of the city}.
P: On {date:Monday}, a court {v:jailed/did not jail/-} a man for {num:12} years over a series of armed robberies at petrol stations {opt:in the city's north}.
U: A man was sentenced on Monday for a separate fraud at a car dealership.
A: He {v:robbed/did not rob/-} {num:nine} stations over {num:five} weeks{opt:, threatening staff with a replica pistol}.
P: Over a {num:five}-week period he {v:held up/did not hold up/-} {num:nine} petrol stations{opt:, using a replica pistol to threaten staff}.
A: The judge {v:said/did not say/-} he had shown "{q:no real remorse for the fear he caused|no remorse|no real regret for the fear he caused}".
P: According to the judge, he had shown "{q:no real remorse for the fear he caused|no remorse|no real regret for the fear he caused}".
--
A: Hackers {v:stole/did not steal/-} the personal data of about {num:5.6 million} customers of the insurer {ent:Allmark|Verity Mutual|Crestline}{attr:, the company said on Wednesday}.
P: {attr:The insurer said on Wednesday that }the personal information of roughly {num:5.6 million} {ent:Allmark|Verity Mutual|Crestline} customers {v:was stolen/was not stolen/-} by hackers.
U: Hackers also targeted the websites of two banks in the same week.
A: The data {v:included/did not include/-} names, addresses and dates of birth but {v:did not include/included/-} bank details.
P: Names, addresses and birth dates {v:were taken/were not taken/-}, but bank details {v:were not/were/-}.
A: The breach {v:was discovered/was not discovered/-} on {date:June 3}{opt:, two weeks after it began}.
P: The company {v:found/did not find/-} the breach on {date:June 3}{opt:, two weeks after the attack started}.

@tech
A: {ent:Vantix|Lumora|Corvane} {v:unveiled/did not unveil/-} its first foldable phone on {date:Tuesday}, priced at {num:$1,499}{opt:, and said it would go on sale in October}.
P: On {date:Tuesday}, {ent:Vantix|Lumora|Corvane} {v:showed off/did not show off/-} its first foldable phone, which {h:will cost|is expected to cost} {num:$1,499}{opt: and will be available from October}.
U: Vantix also unveiled a new smartwatch on Tuesday.
A: The phone has a {num:7.6-inch} screen when unfolded and weighs {num:240 grams}.
P: Unfolded, the screen measures {num:7.6 inches}, and the device weighs {num:240 g}.
A: {attr:Analysts said }the company {h:could sell|will sell} {num:3 million} of the devices in the first year.
P: Sales {h:might reach|will reach} {num:3 million} units in the first year{attr:, according to analysts}.
--
A: {ent:Cloudrift|Nexbyte|Parallax Systems} {v:will lay off/will not lay off/will hire} {num:1,800} employees, about {num:9 percent} of its workforce, {cause:as it shifts investment to artificial intelligence|after revenue fell for a second quarter|to cut costs ahead of a merger}.
P: {cause:Shifting its spending toward artificial intelligence|After a second quarter of falling revenue|Seeking savings before a merger}, {ent:Cloudrift|Nexbyte|Parallax Systems} {v:plans to cut/does not plan to cut/plans to add} {num:1,800} jobs, roughly {num:9%} of its staff.
U: Cloudrift will open a new office in Dublin next year.
A: The cuts {v:will mostly affect/will not affect/-} sales and marketing teams{attr:, according to an internal memo}.
P: {attr:An internal memo said }sales and marketing staff {v:will bear/will not bear/-} most of the cuts.
A: Chief executive {per:Ravi Menon} {v:said/did not say/-} the decision was "{q:painful but necessary for our future|painful|painful but unavoidable}".
P: Chief executive {per:Ravi Menon} called the decision "{q:painful but necessary for our future|painful|painful but unavoidable}".
U: Chief executive Ravi Menon has led the company since 2020.
--
A: A software update {v:caused/did not cause/-} a {num:nine-hour} outage at {ent:Fastpay|Coinline|Tallybank} on {date:Saturday}, leaving millions of users unable to make payments.
P: Millions of people {v:could not make/could make/-} payments on {date:Saturday} when {ent:Fastpay|Coinline|Tallybank} went down for {num:nine} hours {cause:after a software update|after a cyberattack|after a power failure at a data centre}.
U: A software update added new security features to the Fastpay app on Saturday.
A: The company {v:said/did not say/-} the outage {v:was not/was/-} the result of a cyberattack.
P: A cyberattack {v:was not/was/-} to blame for the outage, the company {v:said/did not say/-}.
A: Services {v:were fully restored/were not fully restored/-} by {date:8 p.m.}{opt:, and the company apologized to customers}.
P: By {date:8 p.m.}, services {v:were back/were not back/-} to normal{opt:, and the company issued an apology}.
--
A: The European Commission {v:fined/did not fine/-} {ent:Searchly|Omnigle|Quanta Web} {num:€2.4 billion} on {date:Wednesday} for favouring its own shopping service in search results.
P: {ent:Searchly|Omnigle|Quanta Web} {v:was fined/was not fined/-} {num:2.4 billion euros} by the European Commission on {date:Wednesday} for promoting its own shopping service in search results.
U: The European Commission opened a separate inquiry into online advertising on Wednesday.
A: The company {v:has/does not have/-} {num:90} days to change its practices or face further penalties.
P: It {v:must change/need not change/-} its practices within {num:90} days or face more penalties.
A: {attr:A company spokesman said }it {h:was considering|would file} an appeal.
P: The company {h:may appeal|will appeal}{attr:, a spokesman said}.
--
A: Researchers {v:built/did not build/-} a quantum computer with {num:1,121} qubits{opt:, nearly three times as many as their previous machine}.
P: The researchers' new quantum computer {v:has/does not have/-} {num:1,121} qubits{opt:, almost triple their last machine}.
U: Researchers built the quantum computer in a laboratory outside Munich.
A: The machine {h:could solve|will solve} certain chemistry problems {s:far faster than|faster than} ordinary supercomputers{attr:, the team said}.
P: {attr:The team said }certain chemistry problems {h:could be solved|will be solved} {s:far more quickly|more quickly} on the machine than on ordinary supercomputers.
A: The project {v:was funded/was not funded/-} with a {num:$120 million} government grant awarded in {date:2021}.
P: A government grant of {num:$120 million}, awarded in {date:2021}, {v:paid/did not pay/-} for the project.
--
A: The electric car maker {v:recalled/did not recall/-} {num:134,000} vehicles {cause:because a software fault could disable the rear-view camera|because seat belts may not latch|over a battery defect that could cause fires}.
P: {num:134,000} vehicles {v:were recalled/were not recalled/-} by the electric car maker {cause:over a software fault that could switch off the rear-view camera|over seat belts that may not latch|over a battery defect that could start fires}.
U: The electric car maker opened a new factory in Mexico last month.
A: The company {v:said/did not say/-} it {v:was not aware/was aware/-} of any crashes linked to the problem.
P: It {v:knows/does not know/-} of no crashes tied to the fault, the company said.
A: Owners {v:will receive/will not receive/-} a free update over the internet{opt: and will not need to visit a dealer}.
P: A free over-the-air update {v:will be sent/will not be sent/-} to owners{opt:, so no dealer visit is needed}.

@local
A: The city council {v:approved/did not approve/rejected} a {num:$4.2 million} plan on {date:Tuesday} to repair {num:38} kilometres of roads{opt: damaged during the winter}.
P: On {date:Tuesday}, councillors {v:backed/did not back/voted down} a {num:$4.2 million} programme to fix {num:38} km of roads{opt: that were damaged over the winter}.
U: The city council approved a plan on Tuesday to rename a park after a local nurse.
A: The vote was {num:7-2}{opt:, with two councillors arguing the money should go to public transport}.
P: Councillors voted {num:7 to 2} in favour{opt:; two said the money should be spent on public transport instead}.
U: The vote came after a two-hour debate that included comments from residents.
A: Work {h:is expected to begin|will begin} in {date:April} and last {num:six} months.
P: The repairs {h:should start|will start} in {date:April} and take {num:six} months.
A: {attr:The city's engineer said }about {num:60 percent} of the roads {s:were in poor condition|were in very poor condition}.
P: Some {num:60%} of the roads {s:were in poor shape|were in very poor shape}{attr:, the city engineer said}.
--
A: The town {v:will open/will not open/will close} a new public library on {date:September 14}{opt:, replacing a building that was damaged by fire}.
P: A new public library {v:opens/does not open/closes} in the town on {date:September 14}{opt:, taking the place of one damaged by fire}.
U: The town will open a new swimming pool in the spring.
A: The library cost {num:$11 million} and {v:was paid for/was not paid for/-} mostly by a state grant.
P: Most of the {num:$11 million} cost {v:came/did not come/-} from a state grant.
U: The library will be open seven days a week.
A: It {v:will hold/will not hold/-} about {num:65,000} books and {v:will include/will not include/-} a children's reading room.
P: The library {v:has/does not have/-} space for roughly {num:65,000} books and a children's reading room.
--
A: Residents {v:will pay/will not pay/-} {num:6 percent} more for water from {date:January} {cause:to fund the replacement of lead pipes|because of rising energy costs at the treatment plant|to cover a budget shortfall}, the water board {v:decided/did not decide/-} on {date:Monday}.
P: The water board {v:voted/did not vote/-} on {date:Monday} to raise water bills by {num:6%} starting in {date:January} {cause:to pay for replacing lead pipes|because of higher energy costs at the treatment plant|to close a budget gap}.
U: Residents will be able to pay their water bills online from January, the water board said.
A: The average household bill {v:will rise/will fall/-} by about {num:$48} a year.
P: A typical household {v:will pay/will not pay/-} around {num:$48} more per year.
A: {attr:Board members said }the increase was {s:the smallest|one of the smallest} in a decade.
P: The rise is {s:the smallest|among the smallest} in {num:ten} years{attr:, board members said}.
--
A: The county {v:banned/did not ban/allowed} overnight parking on {num:14} downtown streets {cause:to make room for snow ploughs|after complaints from residents|to reduce car break-ins}.
P: Parking overnight {v:is now banned/is not banned/is now allowed} on {num:14} streets in the downtown area {cause:so snow ploughs can get through|following complaints from residents|to cut car break-ins}.
U: The county banned fireworks in parks during the dry season.
A: Drivers who park there between {date:2 a.m.} and {date:6 a.m.} {v:face/do not face/-} a fine of {num:$75}.
P: A {num:$75} fine {v:applies/does not apply/-} to drivers parked there from {date:2 a.m.} to {date:6 a.m.}
A: The ban {v:takes effect/does not take effect/-} on {date:November 1}{attr:, the county said}.
P: {attr:The county said }the rule {v:starts/does not start/-} on {date:November 1}.
--
A: The school board {v:voted/did not vote/-} to start high school classes at {date:8:30 a.m.} instead of {date:7:45 a.m.} from next year{opt:, citing research on teenage sleep}.
P: From next year, high school classes {v:will begin/will not begin/-} at {date:8:30 a.m.} rather than {date:7:45 a.m.}, after a vote by the school board{opt: that cited research on teenagers' sleep}.
U: The school board voted to buy 40 electric school buses.
A: The change {v:will cost/will not cost/-} about {num:$900,000} a year in extra bus routes.
P: Extra bus routes {v:will add/will not add/-} roughly {num:$900,000} a year to costs.
A: {s:Some|Many} parents {v:opposed/supported/-} the change{opt:, saying it would clash with their work schedules}.
P: The change {v:drew opposition/did not draw opposition/drew support} from {s:some|many} parents{opt:, who said it would conflict with their working hours}.
--
A: The city {v:will plant/will not plant/-} {num:10,000} trees over the next {num:five} years {cause:to cool neighbourhoods during heat waves|to reduce flooding|to improve air quality}{attr:, the mayor announced on Friday}.
P: {attr:The mayor announced on Friday that }{num:10,000} trees {v:will be planted/will not be planted/-} in the city within {num:five} years {cause:to keep neighbourhoods cooler in heat waves|to reduce flooding|to clean the air}.
U: The city will plant a community orchard in the old railway yard, the mayor announced on Friday.
A: The programme {v:will focus/will not focus/-} on {s:the poorest|poorer} districts, where tree cover is below {num:10 percent}.
P: {s:The poorest|Poorer} districts, with less than {num:10%} tree cover, {v:will be/will not be/-} the focus.

@international
A: Leaders of {num:27} countries {v:agreed/failed to agree/-} on {date:Sunday} to cut methane emissions by {num:30 percent} by {date:2030}{opt:, at the end of a two-day summit in Nairobi}.
P: On {date:Sunday}, {num:27} nations {v:reached/did not reach/-} an agreement to reduce methane emissions {num:30%} by {date:2030}{opt: as a two-day summit in Nairobi ended}.
U: Leaders of 27 countries also agreed to meet again in Brazil next year.
A: The agreement {v:is not/is/-} legally binding{opt:, and countries will set their own targets}.
P: The deal {v:does not bind/binds/-} countries legally{opt:; each will set its own targets}.
A: {ent:China|India|Russia} {v:did not sign/signed/-} the agreement.
P: {ent:China|India|Russia} {v:stayed out of/joined/-} the deal.
--
A: The foreign ministers of {ent:Peru|Chile|Bolivia} and {ent:Ecuador|Argentina|Paraguay} {v:met/did not meet/-} in {ent:Lima|Santiago|La Paz} on {date:Thursday} to discuss a long-running border dispute.
P: On {date:Thursday}, the foreign ministers of {ent:Peru|Chile|Bolivia} and {ent:Ecuador|Argentina|Paraguay} {v:held talks/did not hold talks/-} in {ent:Lima|Santiago|La Paz} on a border quarrel going back many years.
U: The foreign ministers of Peru and Ecuador signed an agreement on student exchanges in Lima on Thursday.
A: The talks {v:ended/did not end/-} without an agreement{opt:, but both sides said they would meet again}.
P: {v:No/A/-} deal was reached{opt:, though both sides promised to meet again}.
A: The dispute concerns about {num:300 square kilometres} of land {s:rich in|with some} copper deposits.
P: At stake are roughly {num:300 sq km} of land {s:rich in|with some} copper deposits.
--
A: The United Nations {v:said/did not say/-} on {date:Tuesday} that {num:2.1 million} people {s:face severe hunger|face hunger} in the region {cause:after two years of drought|because of fighting between armed groups|after locusts destroyed crops}.
P: {cause:Two years of drought|Fighting between armed groups|A locust plague that destroyed crops} {v:has left/has not left/-} {num:2.1 million} people in the region {s:facing severe hunger|facing hunger}, the United Nations {v:said/did not say/-} on {date:Tuesday}.
U: The United Nations said on Tuesday that it would open a new office in the region.
A: The agency {v:appealed/did not appeal/-} for {num:$680 million} in aid{opt:, saying only a fifth of the money needed has been pledged}.
P: The agency {v:is seeking/is not seeking/-} {num:$680 million} in aid{opt:; only a fifth of what it needs has been pledged}.
A: {attr:Aid workers said }child malnutrition rates {v:have doubled/have halved/-} since {date:January}.
P: Since {date:January}, rates of malnutrition among children {v:have risen twofold/have fallen by half/-}{attr:, according to aid workers}.
--
A: {ent:Japan|Germany|Canada} {v:will send/will not send/-} {num:200} troops to join a United Nations peacekeeping mission{opt:, its largest deployment abroad in decades}.
P: {num:200} soldiers from {ent:Japan|Germany|Canada} {v:will be deployed/will not be deployed/-} with a UN peacekeeping mission{opt:, the country's biggest overseas deployment in decades}.
U: Japan will send a medical team to help victims of the earthquake.
A: The decision {v:was approved/was not approved/was rejected} by parliament {date:on Wednesday} by {num:312} votes to {num:150}.
P: Parliament {v:backed/did not back/rejected} the decision {date:on Wednesday}, {num:312} to {num:150}.
U: Parliament also approved a new budget for the coast guard on Wednesday.
A: The troops {h:are expected to arrive|will arrive} by {date:December}.
P: The soldiers {h:should arrive|will arrive} by {date:December}.
--
A: Protesters {v:gathered/did not gather/-} in the capital for a {num:third} straight day on {date:Saturday} to demand the release of jailed opposition leader {per:Ana Ferreira}.
P: For the {num:third} consecutive day, protesters {v:filled/did not fill/-} the streets of the capital on {date:Saturday}, calling for jailed opposition leader {per:Ana Ferreira} to be freed.
U: Protesters gathered outside the national bank on Saturday to demand lower interest rates.
A: {attr:Organizers said }more than {num:50,000} people took part{opt:, though police put the figure at 15,000}.
P: More than {num:50,000} people joined the protest{attr:, according to organizers}{opt:, while police estimated 15,000}.
A: Police {v:used/did not use/-} tear gas to disperse the crowd {cause:after some protesters threw stones|after protesters tried to reach parliament|when the crowd refused to leave a main road}.
P: Tear gas {v:was fired/was not fired/-} to break up the crowd {cause:when some protesters began throwing stones|when protesters tried to march on parliament|after the crowd refused to clear a main road}.
U: Police closed several roads in the city centre during the protest.
--
A: The two countries {v:signed/did not sign/-} a free trade agreement on {date:Monday} that {v:will remove/will not remove/will raise} tariffs on {num:95 percent} of goods within {num:ten} years.
P: A free trade deal the two countries {v:signed/did not sign/-} on {date:Monday} will eliminate tariffs on {num:95%} of the goods traded between them over {num:a decade}.
U: The two countries signed an agreement on Monday to share weather data.
A: Trade between them was worth {num:$38 billion} last year{attr:, according to government figures}.
P: {attr:Government figures show }the two countries traded goods worth {num:$38 billion} last year.
A: Farmers' groups {v:criticized/did not criticize/praised} the deal{opt:, saying it would expose them to cheap imports}.
P: The deal {v:was criticized/was not criticized/was praised} by farmers' groups{opt:, who warned of cheap imports}.
@reference
A: {ent:The Silent Harbour|Northern Lights|The Long Road} is a {date:2014} drama film directed by {per:Ingrid Solberg} and starring {per:Tom Harlow}.
P: Directed by {per:Ingrid Solberg}, the {date:2014} drama {ent:The Silent Harbour|Northern Lights|The Long Road} stars {per:Tom Harlow}.
U: Ingrid Solberg directed her first short film in 2006.
A: The film {v:earned/did not earn/-} {num:$86 million} at cinemas around the world, having cost {num:$20 million} to make.
P: Made for {num:$20 million}, the film {v:took in/did not take in/-} {num:$86 million} at the worldwide box office.
U: The film was shot over eight weeks on the west coast of Norway.
A: It {v:won/did not win/lost} the award for best screenplay at the {date:2015} festival.
P: At the {date:2015} festival, it {v:received/did not receive/-} the prize for best screenplay.
--
A: {ent:Eldermoor|Haverton|Bracken Hill} is a market town in the north of the county with a population of {num:14,312} at the {date:2011} census.
P: The {date:2011} census recorded {num:14,312} residents in {ent:Eldermoor|Haverton|Bracken Hill}, a market town in the county's north.
U: Eldermoor holds a horse fair every September.
A: The town {v:grew/did not grow/declined} rapidly in the {date:19th century} {cause:after the railway arrived|because of its wool mills|after coal was found nearby}.
P: {cause:The arrival of the railway|Its wool mills|The discovery of coal nearby} {v:drove/did not drive/-} the town's rapid growth in the {date:19th century}.
A: Its parish church dates from the {date:12th century} and {s:is the oldest building|is among the oldest buildings} in the county.
P: The parish church, built in the {date:12th century}, {s:is the oldest building|ranks among the oldest buildings} in the county.
--
A: The band {v:released/did not release/-} its debut album in {date:2004}{opt: on a small independent label}, and it {v:reached/did not reach/-} number {num:8} on the national chart.
P: The group's first album{opt:, issued by a small independent label,} {v:came out/did not come out/-} in {date:2004} and {v:peaked/did not peak/-} at number {num:8} in the national chart.
U: The band released a live album recorded at a festival in 2008.
A: The band {v:split/did not split/-} in {date:2012} {cause:after its singer left to pursue a solo career|after a dispute with its record label|following the death of its drummer}.
P: {cause:When its singer left for a solo career|After falling out with its record label|After its drummer died}, the band {v:broke up/did not break up/-} in {date:2012}.
A: The members {v:reunited/did not reunite/-} for a tour in {date:2019}{opt: that sold out in minutes}.
P: In {date:2019}, the members {v:got back together/did not get back together/-} for a tour{opt:, which sold out within minutes}.
--
A: The bridge is {num:1.2 kilometres} long and {v:opened/did not open/closed} to traffic in {date:1932}.
P: Opened to traffic in {date:1932}, the bridge {v:spans/does not span/-} {num:1.2 km}.
U: The bridge was painted green in 1987.
A: It {v:was designed/was not designed/-} by engineer {per:Arthur Penrose}{opt:, who also designed the city's main railway station}.
P: Engineer {per:Arthur Penrose}{opt:, designer of the city's main railway station,} {v:drew up/did not draw up/-} the plans for the bridge.
U: Arthur Penrose was born in 1881 in a small mining town.
A: About {num:160,000} vehicles {v:cross/do not cross/-} the bridge each day.
P: Roughly {num:160,000} vehicles {v:use/do not use/-} the bridge daily.
--
A: {per:Clara Neumann} ({date:1871}-{date:1944}) was a {ent:German|Austrian|Swiss} chemist who {v:discovered/did not discover/-} {s:two|several} new elements.
P: The {ent:German|Austrian|Swiss} chemist {per:Clara Neumann}, who lived from {date:1871} to {date:1944}, {v:identified/did not identify/-} {s:two|several} new elements.
U: Clara Neumann was the daughter of a pharmacist and a schoolteacher.
A: She {v:was/was not/-} the {num:first} woman to teach at the university in {ent:Leipzig|Vienna|Zurich}.
P: No woman {v:had taught/had already taught/-} at the university in {ent:Leipzig|Vienna|Zurich} before her.
A: She {v:won/did not win/-} the national science prize in {date:1921}{opt: for her work on radioactive salts}.
P: In {date:1921} she {v:received/did not receive/-} the national science prize{opt: for research on radioactive salts}.
--
A: The species {v:is found/is not found/-} only on {num:three} small islands in the western Pacific and {s:is listed as critically endangered|is listed as endangered}.
P: Listed as {s:critically endangered|endangered}, the species {v:lives/does not live/-} on just {num:three} small islands in the western Pacific.
U: The species was first described by a French naturalist in 1843.
A: Adults {v:grow/do not grow/-} to about {num:35 centimetres} and {v:feed/do not feed/-} mainly on fruit.
P: Adults {v:reach/do not reach/-} roughly {num:35 cm} in length and eat mostly fruit.
A: Its population {v:has fallen/has risen/-} by {num:80 percent} since {date:1990} {cause:because of rats introduced by ships|because of forest clearing|because of hunting}.
P: Since {date:1990}, its numbers {v:have dropped/have grown/-} {num:80%} {cause:owing to rats brought by ships|owing to forest clearing|owing to hunting}.
--
A: The university {v:was founded/was not founded/-} in {date:1826} and {v:has/does not have/-} about {num:28,000} students.
P: Founded in {date:1826}, the university {v:enrolls/does not enroll/-} some {num:28,000} students.
U: The university has a medical school and a teaching hospital.
A: It {v:admitted/did not admit/-} women for the first time in {date:1878}.
P: Women {v:were first admitted/were not admitted/-} in {date:1878}.
A: Its library {v:holds/does not hold/-} more than {num:4 million} volumes{opt:, making it the largest in the country}.
P: The library {v:has/does not have/-} over {num:4 million} volumes{opt:, the biggest collection in the country}.
--
A: The song {v:spent/did not spend/-} {num:11} weeks at number one in {date:1987} and {v:was/was not/-} the year's best-selling single.
P: In {date:1987}, the song {v:topped/did not top/-} the chart for {num:11} weeks and {v:became/did not become/-} the best-selling single of the year.
U: The song was covered by a country singer in 1996.
A: It {v:was written/was not written/-} by {per:Joan Mercer} and {per:Eddie Vance}{opt: in a single afternoon}.
P: {per:Joan Mercer} and {per:Eddie Vance} {v:wrote/did not write/-} the song{opt: in one afternoon}.
A: As of {date:2023}, its music video {v:has/does not have/-} more than {num:400 million} views online.
P: The music video {v:has been viewed/has not been viewed/-} over {num:400 million} times online as of {date:2023}.
--
A: The mountain {v:rises/does not rise/-} to {num:4,478 metres} and {v:was first climbed/was not climbed/-} in {date:1865}.
P: First climbed in {date:1865}, the mountain {v:is/is not/-} {num:4,478 m} high.
U: The mountain is popular with skiers in the winter.
A: {num:Four} of the {num:seven} climbers in the first party {v:died/did not die/survived} {cause?:when a rope broke|in an avalanche|in a storm} on the descent.
P: On the way down, {num:four} of the first party's {num:seven} climbers {v:were killed/were not killed/survived} {cause?:when a rope snapped|in an avalanche|in a storm}.
--
A: The stadium {v:has/does not have/-} a capacity of {num:52,000} and {v:hosted/did not host/-} the final of the {date:2006} tournament.
P: The {num:52,000}-seat stadium {v:staged/did not stage/-} the final of the {date:2006} tournament.
U: The stadium is home to two professional football clubs.
A: It {v:was renovated/was not renovated/-} in {date:2018} at a cost of {num:$240 million}.
P: A {num:$240 million} renovation {v:was completed/was not completed/-} in {date:2018}.

@transport
A: The new metro line {v:will open/will not open/-} on {date:June 30}, {num:two} years later than planned {cause:because of tunnelling problems|because of a shortage of trains|after contractors went bankrupt}.
P: {cause:Tunnelling problems|A shortage of trains|The bankruptcy of contractors} {v:have delayed/have not delayed/-} the new metro line, which {v:opens/does not open/-} on {date:June 30}, {num:two} years behind schedule.
U: The new metro line will use driverless trains.
A: The line {v:has/does not have/-} {num:17} stations and {v:will carry/will not carry/-} about {num:300,000} passengers a day.
P: About {num:300,000} passengers {h:are expected to use|will use} its {num:17} stations each day.
A: The project cost {num:$6.8 billion}, {s:nearly double|about double} the original budget.
P: At {num:$6.8 billion}, the project cost {s:close to twice|about twice} what was budgeted.
--
A: Train drivers {v:will strike/will not strike/-} for {num:48} hours from {date:Friday} {cause:in a dispute over pay|over plans to run trains without guards|over working hours}{attr:, their union said}.
P: {attr:The drivers' union said }its members {v:will walk out/will not walk out/-} for {num:two days} starting {date:Friday} {cause:in a row over pay|in protest at plans to run trains without guards|in a dispute about working hours}.
U: Train drivers voted last year to join a new union.
A: The rail operator {v:said/did not say/-} {s:most|some} services {v:would be cancelled/would not be cancelled/would run normally}.
P: {s:Most|Some} trains {v:will not run/will run/-}, the rail operator {v:said/did not say/-}.
A: The union {v:rejected/accepted/-} a pay offer of {num:4 percent} {date:last week}.
P: {date:Last week}, the union {v:turned down/accepted/-} a {num:4%} pay offer.
--
A: A bus {v:overturned/did not overturn/-} on a mountain road in {ent:northern Italy|southern Spain|western Austria} on {date:Sunday}, injuring {num:22} passengers{opt:, three of them seriously}.
P: {num:Twenty-two} passengers {v:were injured/were not injured/-}{opt:, three seriously,} when a bus overturned on a mountain road in {ent:northern Italy|southern Spain|western Austria} on {date:Sunday}.
U: A bus carrying tourists broke down on the same mountain road on Sunday.
A: {attr:Police said }the driver {h:may have lost|lost} control {cause:on an icy bend|after a tyre burst|while swerving to avoid a deer}.
P: The driver {h:possibly lost|lost} control {cause:on an icy bend|when a tyre burst|while swerving to miss a deer}{attr:, police said}.

@energy
A: The government {v:approved/did not approve/rejected} the construction of an offshore wind farm with {num:140} turbines off the {ent:east|west|south} coast on {date:Thursday}.
P: On {date:Thursday}, an offshore wind farm of {num:140} turbines off the {ent:east|west|south} coast {v:won/did not win/was denied} government approval.
U: The government approved a new national park in the north on Thursday.
A: The wind farm {v:will generate/will not generate/-} enough electricity for about {num:1.1 million} homes{attr:, according to the developer}.
P: {attr:The developer says }the project {v:will power/will not power/-} roughly {num:1.1 million} homes.
U: The developer has built two wind farms in Denmark.
A: Fishing groups {v:opposed/supported/-} the project{opt:, saying the turbines would damage fishing grounds}.
P: The project {v:faced opposition/did not face opposition/had support} from fishing groups{opt:, which said the turbines would harm fishing grounds}.
--
A: The country's carbon emissions {v:fell/rose/-} {num:4.6 percent} last year, {cause:mainly because coal plants were closed|mainly because of a mild winter|mainly because factory output slowed}{attr:, the environment ministry said}.
P: {attr:According to the environment ministry, }carbon emissions {v:dropped/increased/-} by {num:4.6%} last year, {cause:largely due to the closure of coal plants|largely due to a mild winter|largely due to slower factory output}.
U: The country's air quality improved in most large cities last year.
A: Emissions are now {num:38 percent} below their {date:1990} level.
P: Compared with {date:1990}, emissions {v:are/are not/-} down {num:38%}.
A: {attr:Environmental groups said }the country {v:is still not/is/-} on track to meet its {date:2030} target.
P: The country {v:remains off/remains on/-} track for its {date:2030} target{attr:, environmental groups said}.
--
A: The utility {v:will shut/will not shut/will reopen} the country's last coal-fired power plant in {date:2027}, {num:three} years earlier than planned.
P: The last coal power station in the country {v:will close/will not close/-} in {date:2027}, {num:three} years ahead of schedule, the utility said.
U: The utility will build a large solar farm on the site of an old mine.
A: About {num:450} workers at the plant {v:will be offered/will not be offered/-} jobs at a battery factory nearby.
P: The plant's roughly {num:450} employees {v:will get/will not get/-} offers of work at a nearby battery factory.
--
A: Electricity prices for households {v:will fall/will rise/-} by {num:8 percent} from {date:April} {cause:as wholesale gas prices ease|after the regulator lowered the price cap|as more solar power comes online}.
P: From {date:April}, household power bills {v:will drop/will increase/-} {num:8%} {cause:because wholesale gas has become cheaper|because the regulator cut the price cap|because more solar power is available}.
U: Electricity prices for businesses are set by separate contracts.
A: {attr:The regulator said }a typical household {v:will save/will not save/-} about {num:$140} a year.
P: The average home {h:should save|will save} roughly {num:$140} annually{attr:, according to the regulator}.

@culture
A: The novel {v:won/did not win/-} the {ent:Hallworth|Meridian|Northcote} Prize for fiction on {date:Tuesday}{opt:, beating five other books on the shortlist}.
P: On {date:Tuesday}, the {ent:Hallworth|Meridian|Northcote} Prize for fiction {v:went/did not go/-} to the novel{opt:, which beat five other shortlisted books}.
U: The novel will be made into a television series.
A: The author, {per:Miriam Tate}, {v:will receive/will not receive/-} {num:£50,000}.
P: {per:Miriam Tate}, who wrote the book, {v:takes home/does not take home/-} {num:£50,000}.
U: The author, Miriam Tate, worked as a nurse for 20 years before writing fiction.
A: The judges {v:called/did not call/-} it "{q:a bold and moving portrait of a family in crisis|a bold portrait|a bold and moving picture of a family in trouble}".
P: The book is "{q:a bold and moving portrait of a family in crisis|a bold portrait|a bold and moving picture of a family in trouble}", the judges {v:said/did not say/-}.
--
A: The museum {v:returned/did not return/-} {num:24} bronze statues to {ent:Nigeria|Ghana|Benin} on {date:Friday}{opt:, more than a century after they were taken by soldiers}.
P: On {date:Friday}, {num:24} bronze statues {v:were handed back/were not handed back/-} to {ent:Nigeria|Ghana|Benin} by the museum{opt:, over a hundred years after soldiers took them}.
U: The museum will open a new gallery of West African art next year.
A: The statues {h:date from|are thought to date from} the {date:16th century}.
P: The statues {h:were made in|are believed to have been made in} the {date:16th century}.
A: The museum {v:said/did not say/-} {s:several|many} other museums {h:were considering|would consider} similar returns.
P: {s:Several|Many} other museums {h:are weighing|will weigh} similar returns, the museum {v:said/did not say/-}.
--
A: The festival {v:sold/did not sell/-} all {num:85,000} tickets in under {num:an hour} on {date:Saturday}{opt:, despite prices rising by a third}.
P: All {num:85,000} tickets for the festival {v:sold out/did not sell out/-} in less than {num:an hour} on {date:Saturday}{opt:, even though prices went up by a third}.
U: The festival will add a second stage for local bands this year.
A: The festival {v:will take place/will not take place/-} over {num:four} days in {date:late July}.
P: It {v:runs/does not run/-} for {num:four} days in {date:late July}.

@education
A: The government {v:will hire/will not hire/will cut} {num:8,000} new teachers over {num:two} years {cause:to reduce class sizes|to fill shortages in rural schools|to prepare for a rising number of pupils}.
P: {num:8,000} additional teachers {v:will be recruited/will not be recruited/-} within {num:two} years {cause:in an effort to shrink class sizes|to fill gaps in rural schools|to cope with growing pupil numbers}, the government said.
U: The government will build 120 new schools over the next decade.
A: The plan {v:will cost/will not cost/-} {num:$1.3 billion}{attr:, according to the education ministry}.
P: {attr:The education ministry says }the plan carries a price tag of {num:$1.3 billion}.
A: Teachers' unions {v:welcomed/criticized/-} the plan but {v:said/did not say/-} it {s:did not go far enough|did not go nearly far enough}.
P: The plan {v:was welcomed/was condemned/-} by teachers' unions, who {v:said/did not say/-} it {s:fell short|fell well short}.
--
A: Exam results {v:improved/worsened/-} for the {num:third} year running, with {num:74 percent} of pupils passing maths{attr:, the exams board said}.
P: {attr:The exams board said }{num:74%} of pupils passed maths as results {v:rose/fell/-} for a {num:third} consecutive year.
U: Exam results will be sent to pupils by email for the first time.
A: Girls {v:outperformed/did not outperform/trailed} boys in {s:every|most} subject{opt: except physics}.
P: Boys {v:did worse/did not do worse/did better} than girls in {s:every|most} subject{opt: apart from physics}.
--
A: The university {v:will raise/will not raise/will cut} tuition fees by {num:5 percent} next year {cause:to cover rising staff costs|because of a cut in state funding|to pay for new laboratories}.
P: Tuition {v:will go up/will not go up/will go down} {num:5%} at the university next year {cause:as staff costs rise|following a cut in state funding|to fund new laboratories}.
U: The university will open a new campus in the city centre next year.
A: Students {v:protested/did not protest/-} outside the administration building on {date:Thursday}{opt:, and about 300 took part}.
P: On {date:Thursday}, students {v:held/did not hold/-} a protest outside the administration building{opt: attended by roughly 300}.
@politics
A: "{q:We will not raise taxes on working families, not this year and not next year|We will not raise taxes on working families|We have no plans to raise taxes on working families this year}," Finance Minister {per:Karin Holt} told parliament on {date:Tuesday}.
P: Finance Minister {per:Karin Holt} told parliament on {date:Tuesday}: "{q:We will not raise taxes on working families, not this year and not next year|We will not raise taxes on working families|We have no plans to raise taxes on working families this year}."
U: Finance Minister Karin Holt will travel to Brussels on Tuesday for talks with other ministers.
A: {per:Holt} {v:said/did not say/-} the deficit would fall to {num:2.8 percent} of economic output in {date:2026}{opt:, down from 3.4 percent this year}.
P: The deficit {h:will shrink|is projected to shrink} to {num:2.8%} of GDP in {date:2026}{opt:, from 3.4% this year}, {per:Holt} {v:said/did not say/-}.
A: Opposition leader {per:Martin Vogt} {v:called/did not call/-} the budget "{q:a fantasy built on numbers nobody believes|a fantasy|a fiction built on numbers no one trusts}".
P: The budget is "{q:a fantasy built on numbers nobody believes|a fantasy|a fiction built on numbers no one trusts}", opposition leader {per:Martin Vogt} {v:said/did not say/-}.
U: Opposition leader Martin Vogt said he would present his own budget plan next month.
--
A: "{q:I have decided that it is time for a new generation to lead this party|It is time for a new generation|I have decided it is time for someone younger to lead this party}," Senator {per:Ruth Calloway} said in a video message on {date:Sunday}.
P: In a video message on {date:Sunday}, Senator {per:Ruth Calloway} said she had decided it was time for a new generation to lead the party.
U: Senator Ruth Calloway said in a video message on Sunday that she would write a book about her career.
A: {per:Calloway}, {num:71}, {v:has served/has not served/-} in the Senate since {date:1999}.
P: The {num:71-year-old} {v:has been/has not been/-} a senator since {date:1999}.
A: {attr:Party officials said }{s:at least three|several} candidates {h:are expected to run|will run} for her seat.
P: {s:At least three|Several} candidates {h:are likely to compete|will compete} for the seat{attr:, according to party officials}.

@courts
A: "{q:The evidence in this case was overwhelming and the jury saw that clearly|The evidence was overwhelming|The evidence in this case was strong and the jury saw that}," the prosecutor told reporters after the verdict.
P: After the verdict, the prosecutor told reporters that the evidence had been overwhelming and that the jury had clearly seen it.
U: The prosecutor has worked on more than 30 murder cases.
A: The judge {v:denied/did not deny/granted} a request by the defence to move the trial to another county {cause?:because of heavy media coverage|because of a conflict of interest}.
P: A defence request to move the trial to another county {cause?:because of heavy media coverage|over a conflict of interest} {v:was rejected/was not rejected/was granted} by the judge.
A: The trial {v:lasted/did not last/-} {num:six} weeks and {v:heard/did not hear/-} from {num:41} witnesses.
P: Over {num:six} weeks, the court {v:heard/did not hear/-} testimony from {num:41} witnesses.

@business
A: "{q:This has been the most difficult year in our company's history, and we are not out of it yet|This has been the most difficult year in our history|This has been a very hard year for the company, and we are not through it yet}," chief executive {per:Sandra Voss} wrote in a letter to shareholders.
P: In a letter to shareholders, chief executive {per:Sandra Voss} wrote: "{q:This has been the most difficult year in our company's history, and we are not out of it yet|This has been the most difficult year in our history|This has been a very hard year for the company, and we are not through it yet}."
U: Chief executive Sandra Voss wrote a letter to shareholders announcing a new head of research.
A: The company {v:cut/did not cut/raised} its dividend by {num:half}{attr:, according to the letter}.
P: {attr:The letter said }the dividend {v:was halved/was not halved/was doubled}.
A: Its shares {v:have lost/have gained/-} {num:38 percent} of their value since {date:January}.
P: Since {date:January}, the shares {v:have fallen/have risen/-} {num:38%}.

@sport
A: "{q:I gave everything I had today and I am proud of this team|I gave everything I had|I gave it everything today and I'm proud of the team}," captain {per:Lena Hoffmann} said after the {num:2-1} defeat.
P: After the {num:2-1} loss, captain {per:Lena Hoffmann} said she had given everything she had and was proud of the team.
U: Captain Lena Hoffmann said after the match that she would play for the club next season.
A: The defeat {v:ended/did not end/extended} the team's hopes of reaching the semi-finals{opt: for the first time since 2011}.
P: The loss {v:means/does not mean/-} the team will not reach the semi-finals{opt:, which it last did in 2011}.
A: Coach {per:Arne Falk} {v:said/did not say/-} he {v:would stay/would not stay/would leave} in the job.
P: {per:Arne Falk} {v:intends/does not intend/-} to remain as coach, he said.

@health
A: "{q:These results are encouraging, but we need larger trials before anyone changes their treatment|These results are encouraging|These results are promising, but we need bigger trials before anyone changes treatment}," said Dr {per:Priya Raman}, who led the study.
P: Dr {per:Priya Raman}, who led the study, said the results were encouraging but that larger trials were needed before anyone changed their treatment.
U: Dr Priya Raman said the team would publish its full data later this year.
A: The trial {v:included/did not include/-} {num:420} patients at {num:11} hospitals{opt: in four countries}.
P: {num:420} patients at {num:11} hospitals{opt: across four countries} {v:took part/did not take part/-} in the trial.
A: Patients who took the drug {v:were/were not/-} {num:35 percent} less likely to be readmitted to hospital within {num:a year}.
P: The drug {v:cut/did not cut/raised} the risk of readmission within {num:a year} by {num:35%}.

@weather
A: "{q:We have never seen water rise this fast in this valley|We have never seen water rise this fast|The water has never risen so quickly in this valley}," fire chief {per:Walter Brooks} said.
P: Fire chief {per:Walter Brooks} said the water had never risen so fast in the valley.
U: Fire chief Walter Brooks said his crews had also put out a barn fire overnight.
A: Rescue teams {v:pulled/did not pull/-} {num:63} people from flooded homes overnight{opt:, many of them elderly}.
P: Overnight, {num:63} people{opt:, many of them elderly,} {v:were rescued/were not rescued/-} from flooded homes.

@crime
A: "{q:My son was a kind boy who never hurt anyone|My son was a kind boy|My boy was gentle and never hurt anyone}," the victim's mother told the court.
P: The victim's mother told the court that her son had been a kind boy who never hurt anyone.
U: The victim's mother thanked the police for their work.
A: The defendant {v:pleaded guilty/pleaded not guilty/-} to manslaughter{opt: on the first day of the trial}.
P: The accused {v:admitted/denied/-} manslaughter{opt: when the trial opened}.
A: He {h:faces|could face} a sentence of up to {num:15} years.
P: He {h:will face|may face} as many as {num:15} years in prison.

@tech
A: "{q:Privacy is not a feature we add at the end, it is the foundation of everything we build|Privacy is the foundation of everything we build|Privacy isn't an extra, it is the basis of everything we make}," the company's founder {per:Erik Sundqvist} said at the launch.
P: At the launch, founder {per:Erik Sundqvist} said: "{q:Privacy is not a feature we add at the end, it is the foundation of everything we build|Privacy is the foundation of everything we build|Privacy isn't an extra, it is the basis of everything we make}."
U: The company's founder Erik Sundqvist said at the launch that the app would be available in 30 languages.
A: The app {v:has been downloaded/has not been downloaded/-} more than {num:12 million} times since it launched in {date:April}.
P: Since its launch in {date:April}, the app {v:has had/has not had/-} over {num:12 million} downloads.

@local
A: "{q:This bridge has been closed for too long and residents have paid the price|This bridge has been closed for too long|This bridge has been shut too long and people have paid for it}," councillor {per:Maeve Donnelly} said at the meeting.
P: Councillor {per:Maeve Donnelly} told the meeting that the bridge had been closed for too long and that residents had paid the price.
U: Councillor Maeve Donnelly said at the meeting that the city should build more cycle lanes.
A: The bridge {v:will reopen/will not reopen/will stay closed} to cars in {date:May}{opt: after repairs costing $2.1 million}.
P: Cars {v:will be allowed/will not be allowed/-} back on the bridge in {date:May}{opt:, once $2.1 million of repairs are done}.

@international
A: "{q:There can be no peace while civilians are being bombed in their homes|There can be no peace|Peace is impossible while civilians are bombed in their homes}," the foreign minister told the Security Council on {date:Friday}.
P: On {date:Friday}, the foreign minister told the Security Council there could be no peace while civilians were being bombed in their homes.
U: The foreign minister told the Security Council on Friday that his country would increase aid to refugees.
A: The council {v:failed/did not fail/-} to agree on a resolution calling for a ceasefire {cause?:after two permanent members objected|because of a dispute over its wording}.
P: A resolution demanding a ceasefire {v:was not adopted/was adopted/-} by the council {cause?:as two permanent members objected|amid a dispute over its wording}.
A: The fighting {v:has displaced/has not displaced/-} more than {num:300,000} people since {date:March}{attr:, according to the UN refugee agency}.
P: {attr:The UN refugee agency says }over {num:300,000} people {v:have fled/have not fled/-} their homes since {date:March}.

@culture
A: "{q:I wrote this album in my kitchen at night, when the children were asleep|I wrote this album in my kitchen|I made this record at night in my kitchen while the kids slept}," the singer {per:Noor Haddad} said in an interview.
P: The singer {per:Noor Haddad} said in an interview that she had written the album in her kitchen at night while her children slept.
U: The singer Noor Haddad said in an interview that she would tour Australia next year.
A: The album {v:entered/did not enter/-} the chart at number {num:one}{opt:, her first to do so}.
P: It {v:debuted/did not debut/-} at number {num:one}{opt:, a first for her}.
"""
