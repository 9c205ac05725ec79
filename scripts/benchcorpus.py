"""Seeded generator of synthetic news articles for FactLedger's benchmarks.

Articles follow the structure of the real excerpts in ../shared/corpus/news: front matter (url,
outlet, published, title), a dateline paragraph, event paragraphs with figures (attacks, tolls,
pledges, plans, percentages, years), quotations in the attribution styles the extractor reads
(after the quote, before it with a colon, partial quotes inside reported speech, pronouns,
quotes running over several paragraphs) and background paragraphs. Each article reports a few
shared events, so figures recur across outlets: most agree, some carry qualifiers, a few
disagree (conflicts) and tolls rise over a day (updates). Like a news archive, a bigger corpus
covers a longer period (about 10,000 articles a year), not denser news, and names more places
(made-up town names are added beyond the real ones, one per 25 articles).

    python3 scripts/benchcorpus.py OUT_DIR N [--seed S]

Same N and seed, same bytes.
"""

import datetime
import os
import random
import sys

FIRST = """Anna Olena Mark Keir Emmanuel Friedrich Giorgia Pedro Ursula Antonio Kaja Rustem Andriy Dmitry Sergei Maria
Yulia Denys Ihor Vitali Tymur Oleksandr Mykola Petro Roman Igor Viktor Pavel Boris Olaf Annalena Jens Petr Donald
Marco Steve Dan Keith Kristi Lloyd Jake Tulsi Pete Jeanne Gabriel Sebastien Catherine Jean Francois Marine Jordan
Edouard Fabien Rafael Luis Carlos Ana Lucia Sofia Elena Ivan Nikolai Alexei Yevgeny Kirill Tatiana Irina Natalia
Hakan Recep Mette Mark Dick Alexander Karin Magdalena Ulf Sanna Petteri Gitanas Edgars Karis Evika Donald Radoslaw
Andrzej Wladyslaw Viktor Robert Zuzana Klaus Karl Nehammer Micheal Simon Leo Shinzo Fumio Narendra Xi Wang Li""".split()
LAST = """Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Boyko Koval Savchenko Rudenko Marchenko
Lysenko Petrenko Moroz Ponomarenko Klymenko Polishchuk Levchenko Pavlenko Sidorenko Hrytsenko Sobolev Ivanov Smirnov
Kuznetsov Popov Vasiliev Petrov Sokolov Mikhailov Novikov Fedorov Morozov Volkov Alekseev Lebedev Semenov Egorov
Pavlov Kozlov Stepanov Nikolaev Orlov Andreev Makarov Nikitin Zakharov Dupont Martin Bernard Dubois Thomas Robert
Richard Petit Durand Leroy Moreau Simon Laurent Lefebvre Michel Garcia David Bertrand Roux Vincent Fournier Morel
Girard Andre Mercier Blanc Guerin Boyer Garnier Chevalier Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz
Hoffmann Koch Richter Klein Wolf Schroeder Neumann Schwarz Zimmermann Braun Krueger Hofmann Hartmann Lange Smith Johnson
Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White Harris Clark Lewis Robinson Walker Young
Allen King Wright Scott Hill Green Adams Baker Nelson Carter Mitchell Perez Roberts Turner Phillips Campbell Parker
Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan Bell Murphy Bailey Rivera Cooper Richardson Cox Howard
Ward Torres Peterson Gray Ramirez James Watson Brooks Kelly Sanders Price Bennett Wood Barnes Ross Henderson Coleman
Jenkins Perry Powell Long Patterson Hughes Flores Washington Butler Simmons Foster Gonzales Bryant Alexander Russell
Griffin Diaz Hayes Nowak Kowalski Wisniewski Wojcik Kowalczyk Kaminski Lewandowski Zielinski Szymanski Wozniak""".split()
ROLES = [
    ("foreign minister", "Ukraine"), ("defence minister", "Ukraine"), ("foreign minister", "Russia"),
    ("defence secretary", "Britain"), ("prime minister", "Poland"), ("president", "France"), ("chancellor", "Germany"),
    ("interior minister", "Ukraine"), ("energy minister", "Ukraine"), ("mayor", "Kyiv"), ("governor", "Kharkiv"),
    ("spokesperson", "the Kremlin"), ("secretary general", "Nato"), ("army secretary", "the US"), ("envoy", "the US"),
    ("head of the regional military administration", "Odesa"), ("emergency services chief", "Dnipro"),
]
PLACES = """Kyiv Kharkiv Odesa Dnipro Lviv Zaporizhzhia Mykolaiv Kherson Sumy Chernihiv Poltava Vinnytsia Ternopil Rivne
Lutsk Zhytomyr Cherkasy Kropyvnytskyi Khmelnytskyi Uzhhorod Ivano-Frankivsk Chernivtsi Kramatorsk Sloviansk Pokrovsk
Kostiantynivka Bakhmut Avdiivka Kupiansk Izium Nikopol Kryvyi Rih Pavlohrad Kamianske Bila Tserkva Brovary Irpin Bucha
Fastiv Uman Berdychiv Konotop Shostka Okhtyrka Lozova Chuhuiv Balakliia Marhanets Pokrov Enerhodar Huliaipole Orikhiv
Bryansk Belgorod Kursk Voronezh Rostov Taganrog Krasnodar Novorossiysk Ryazan Saratov Engels Tambov Lipetsk Oryol
Smolensk Kaluga Tula Yaroslavl Tver Pskov Volgograd Astrakhan Sochi Tuapse Kerch Sevastopol Feodosia Dzhankoi""".split()
OUTLETS = [
    "The Daily Ledger", "Northern Courier", "Evening Standard Post", "Capital Wire", "The Morning Record", "Kyiv Herald",
    "Baltic Observer", "Continental Times", "Atlantic Dispatch", "Eastern Review", "Global Newsroom", "Central Gazette",
    "The Weekly Monitor", "Harbour Chronicle", "Metro Tribune", "The Independent Voice", "Danube Daily", "Vistula Post",
    "Rhine Reporter", "Channel Bulletin", "Summit News", "Frontline Journal", "The Civic Register", "Union Herald",
    "Pacific Wire", "The Sentinel", "Plains Examiner", "Coastal Times", "Highland Press", "Valley Ledger",
]
CUES = ["said", "told reporters", "wrote on Telegram", "said in a statement", "told the BBC", "added", "warned", "insisted"]
QUOTE_SENTENCES = [
    "We will not accept any agreement that rewards aggression",
    "The air defence worked well but the damage to the energy system is serious",
    "This was one of the largest attacks since the start of the full-scale invasion",
    "Our partners must understand that every delay costs lives",
    "There can be no negotiation about Ukraine without Ukraine",
    "The talks were constructive and we will continue them next week",
    "Repair crews are working around the clock to restore power",
    "We need more air defence systems, and we need them now",
    "The plan contains several points that are simply unacceptable",
    "Civilian infrastructure was deliberately targeted overnight",
    "Europe has to take responsibility for its own security",
    "We are ready for a ceasefire if the other side is serious",
    "The sanctions are working, and they will be tightened further",
    "Nobody should be under any illusion about what is at stake",
    "Emergency services are still searching the rubble for survivors",
    "The situation on the front line remains extremely difficult",
]
BACKGROUND = [
    "The war, now in its fourth year, has displaced millions of people and devastated cities across the east and south.",
    "Diplomats from several European capitals have met repeatedly in recent weeks to coordinate their positions.",
    "Energy infrastructure has been a frequent target since the autumn, leaving households without heating for hours at a time.",
    "Analysts say the negotiations remain fragile and that neither side has signalled willingness to compromise on territory.",
    "The draft proposal has been revised several times after objections from Kyiv and its European allies.",
    "Air raid alerts sounded across much of the country for most of the night, according to local authorities.",
    "Officials said damage assessments were continuing and that the figures could change as more information emerged.",
    "The meeting followed weeks of shuttle diplomacy between Washington, Moscow, Brussels and Kyiv.",
    "Residents spent the night in metro stations and basements as explosions echoed across the city.",
    "Prices for electricity and gas have risen sharply, putting pressure on governments ahead of the winter.",
]
WORDS = """reconstruction sanctions ceasefire territory guarantees corridor grain exports reactor shelling frontline
battalion brigade logistics convoy sabotage refinery substation transformer blackout heating evacuation shelter
volunteers donors parliament coalition referendum election corruption audit procurement ministry treaty alliance
summit delegation memorandum sovereignty occupation mobilisation conscription recruitment desertion reservists""".split()


SYLLABLES = "ka ro vi ne lu ma to sa pe dri ho ly bo za mi ki na ra ve so".split()


def place_names(n, rng):
    """The fixed real names, then made-up towns: a bigger archive names more places."""
    names = list(PLACES)
    seen = set(names)
    while len(names) < n:
        name = "".join(rng.choice(SYLLABLES) for _ in range(rng.randrange(2, 4))).capitalize() + rng.choice(["", "ivka", "ove", "sk", "opil"])
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


class Event:
    """One thing several articles report: its true figures and when it happened."""

    def __init__(self, rng, i, start, span_days, places):
        self.kind = rng.choice(["attack", "attack", "toll", "pledge", "plan", "history"])
        self.place = rng.choice(places)
        self.day = start + datetime.timedelta(days=rng.randrange(span_days))
        self.drones = rng.randrange(40, 700)
        self.missiles = rng.randrange(2, 60)
        self.killed = rng.randrange(1, 40)
        self.injured = self.killed * rng.randrange(2, 6)
        self.amount = rng.choice([10, 20, 50, 100, 150, 200, 250, 300, 500]) * 10**6
        self.currency = rng.choice(["$", "£", "€"])
        self.donor = rng.choice(["Britain", "Germany", "France", "Sweden", "Canada", "Japan", "Norway", "the Netherlands"])
        self.purpose = rng.choice(["air defence", "energy repairs", "demining", "reconstruction", "drone production"])
        self.troops = rng.choice([400_000, 500_000, 600_000, 700_000, 800_000])
        self.points = rng.choice([12, 19, 20, 22, 28])
        self.share = rng.randrange(10, 95)
        self.topic = rng.choice(WORDS)
        self.sponsor = rng.choice(LAST)
        self.year = rng.randrange(1950, 2020)
        self.id = i


def spelled(n, rng):
    words = "zero one two three four five six seven eight nine ten eleven twelve".split()
    return words[n] if n < len(words) and rng.random() < 0.5 else f"{n:,}"


def figure(rng, value, conflict_rate=0.08):
    """How an article writes a true figure: exact, qualified, or (rarely) different."""
    r = rng.random()
    if r < conflict_rate:
        return f"{max(1, int(value * rng.choice([0.8, 0.85, 1.15, 1.25]))):,}"
    if r < conflict_rate + 0.1:
        return "more than " + f"{max(1, value - rng.randrange(1, 10)):,}"
    if r < conflict_rate + 0.15:
        return "about " + f"{value:,}"
    return f"{value:,}"


def event_paragraph(rng, e, hour):
    if e.kind == "attack":
        cue = rng.choice(["the air force said", "officials said", "according to the military", "the general staff reported"])
        return (
            f"Russia launched {figure(rng, e.drones)} drones and {figure(rng, e.missiles)} missiles at {e.place} "
            f"overnight, {cue}. Air defences shot down most of them, but several buildings were hit."
        )
    if e.kind == "toll":
        # A toll that rises through the day: later articles report more.
        killed = max(1, e.killed - (3 - hour // 8))
        return (
            f"At least {spelled(killed, rng)} people were killed and {e.injured} injured in a strike on {e.place}, "
            f"the regional governor said. Rescue teams were still working at the site."
        )
    if e.kind == "pledge":
        amount = e.amount // 10**6
        return (
            f"{e.donor} pledged {e.currency}{figure(rng, amount, 0.05)}m for {e.purpose} in Ukraine, "
            f"part of a package announced after talks in {e.place}."
        )
    if e.kind == "plan":
        return (
            f"Under the {e.points}-point {e.sponsor} plan on {e.topic}, Ukraine's army would be capped at {figure(rng, e.troops, 0.06)} troops, "
            f"and about {e.share}% of the {e.topic} funds would go to {e.place}."
        )
    year = e.year if rng.random() > 0.05 else e.year + 1
    return f"Compulsory {e.topic} service in {e.place} was abolished in {year}, long before the current crisis began."


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def quote_paragraphs(rng):
    name = person(rng)
    role, where = rng.choice(ROLES)
    q = rng.choice(QUOTE_SENTENCES)
    q2 = rng.choice(QUOTE_SENTENCES)
    cue = rng.choice(CUES)
    style = rng.randrange(7)
    if style == 0:
        return [f"“{q},” {name}, the {role} of {where}, {cue}. “{q2}.”"]
    if style == 1:
        return [f"{name}, {where}'s {role}, said: “{q}. {q2}.”"]
    if style == 2:
        return [f"{where}'s {role}, {name}, said the situation was “{q.lower()}” and called for calm."]
    if style == 3:
        return [f"{name} spoke after the meeting.", f"“{q},” {rng.choice(['he', 'she'])} said. “{q2}.”"]
    if style == 4:
        return [f"“{q},” said {name}, who is {where}'s {role}.", f"“{q2}.", f"“{rng.choice(QUOTE_SENTENCES)},” {name.split()[1]} added."]
    if style == 5:
        return [f"Mr {name.split()[1]} was blunt. “{q},” {name} {cue}."]
    return [f"The {role} of {where}, {name}, wrote on social media: {q}. {q2}."]


def article(rng, events, i, outlets):
    picked = rng.sample(events, k=min(len(events), rng.randrange(2, 4)))
    anchor = picked[0]
    hour = rng.randrange(24)
    published = datetime.datetime.combine(anchor.day, datetime.time(hour, rng.randrange(60))) + datetime.timedelta(
        days=rng.choice([0, 0, 0, 1])
    )
    outlet = rng.choice(outlets)
    title = f"{anchor.place}: {rng.choice(['overnight attack', 'talks continue', 'new pledges', 'plan revised', 'toll rises'])}"
    paras = [f"{anchor.place}, {published.strftime('%d %B %Y')} — " + rng.choice(BACKGROUND)]
    for e in picked:
        paras.append(event_paragraph(rng, e, hour))
        paras += quote_paragraphs(rng)
    while sum(len(p) for p in paras) < 4800:
        r = rng.random()
        if r < 0.45:
            paras += quote_paragraphs(rng)
        elif r < 0.75:
            words = " ".join(rng.sample(WORDS, 6))
            paras.append(rng.choice(BACKGROUND) + f" Key issues include {words}.")
        else:
            paras.append(event_paragraph(rng, rng.choice(picked), hour))
    front = (
        f"---\nurl: https://news.example/{outlet.lower().replace(' ', '-')}/{i}\noutlet: {outlet}\n"
        f"published: {published.strftime('%Y-%m-%dT%H:%M:00Z')}\ntitle: {title}\n---\n"
    )
    return front + title + "\n\n" + "\n\n".join(paras) + "\n"


def generate(out_dir, n, seed=42):
    rng = random.Random(seed)
    # A bigger archive covers a longer time, at the density of news: about 10,000 articles a year.
    span_days = max(365, n * 365 // 10_000)
    start = datetime.date(2025, 1, 1) - datetime.timedelta(days=span_days - 365)
    places = place_names(max(len(PLACES), n // 25), rng)
    events = [Event(rng, i, start, span_days, places) for i in range(max(20, n // 4))]
    os.makedirs(out_dir, exist_ok=True)
    total = 0
    for i in range(n):
        text = article(rng, events, i, OUTLETS)
        sub = os.path.join(out_dir, f"{i // 1000:03d}")
        if i % 1000 == 0:
            os.makedirs(sub, exist_ok=True)
        data = text.encode("utf-8")
        with open(os.path.join(sub, f"a{i:06d}.md"), "wb") as f:
            f.write(data)
        total += len(data)
    return total


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    seed = int(sys.argv[sys.argv.index("--seed") + 1]) if "--seed" in sys.argv else 42
    size = generate(sys.argv[1], int(sys.argv[2]), seed)
    print(f"{sys.argv[2]} articles, {size / 1e6:.1f} MB in {sys.argv[1]}")
