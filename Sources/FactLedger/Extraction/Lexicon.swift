/// Word lists the extractors consult, as sets of `WordHash` values so a lookup never builds a string.
enum Lexicon {
    static func set(_ words: [String]) -> Set<UInt64> { WordHash.set(words) }

    /// Verbs that introduce speech, in the forms that attribute a quote (`said`, `says`, `told`, `insists`).
    static let cueVerbs = set(
        [
            "said", "says", "say", "told", "tells", "added", "adds", "asked", "asks", "answered", "answers", "replied",
            "replies", "responded", "responds", "explained", "explains", "argued", "argues", "insisted", "insists",
            "stated", "states", "declared", "declares", "warned", "warns", "noted", "notes", "claimed", "claims",
            "contended", "contends", "continued", "continues", "concluded", "concludes", "suggested", "suggests",
            "wrote", "writes", "tweeted", "tweets", "posted", "posts", "announced", "announces", "acknowledged",
            "acknowledges", "admitted", "admits", "conceded", "concedes", "confirmed", "confirms", "denied", "denies",
            "emphasised", "emphasized", "emphasises", "emphasizes", "stressed", "stresses", "observed", "observes",
            "recalled", "recalls", "remarked", "remarks", "reported", "reports", "revealed", "reveals", "complained",
            "complains", "joked", "jokes", "quipped", "quips", "urged", "urges", "vowed", "vows", "pledged", "pledges",
            "promised", "promises", "predicted", "predicts", "maintained", "maintains", "asserted", "asserts",
            "accused", "accuses", "called", "calls", "described", "describes", "dubbed", "branded", "labelled",
            "labeled", "praised", "praises", "criticised", "criticized", "criticises", "criticizes", "condemned",
            "condemns", "mocked", "dismissed", "dismisses", "rejected", "rejects", "welcomed", "welcomes", "hailed",
            "hails", "boasted", "boasts", "lamented", "laments", "shouted", "shouts", "screamed", "screams", "cried",
            "yelled", "whispered", "murmured", "mused", "wondered", "recounted", "testified", "cautioned", "demanded",
            "demands", "informed", "countered", "counters", "retorted", "rebutted", "echoed", "echoes", "reiterated",
            "reiterates", "underlined", "underlines", "highlighted", "highlights", "signalled", "signaled", "hinted",
            "mentioned", "specified", "clarified", "estimated", "estimates", "agreed", "thundered", "fumed", "blasted",
            "slammed", "scoffed", "sighed", "pleaded", "begged", "appealed", "proclaimed", "proclaims", "assured",
            "assures", "guaranteed", "reassured", "advised", "advises", "cited", "quoted", "offered", "interjected",
            "chimed", "exclaimed", "snapped", "barked", "ranted", "raged", "texted", "emailed", "messaged", "teased",
            "bragged", "griped", "grumbled", "objected", "protested", "protests", "insist", "spoke", "speaks",
            "add", "tell", "warn", "argue", "explain", "reply", "write", "ask", "respond", "stress", "note", "admit",
        ])

    /// Participles that attach a quote to the subject of the main clause (`…, warning “…”`).
    static let cueParticiples = set(
        [
            "saying", "adding", "warning", "noting", "insisting", "arguing", "stressing", "telling", "explaining",
            "calling", "describing", "claiming", "urging", "asking", "declaring", "stating", "writing", "hailing",
            "vowing", "pledging", "promising", "suggesting", "accusing", "branding", "labelling", "dubbing",
            "praising", "criticising", "criticizing", "condemning", "dismissing", "rejecting", "welcoming",
            "emphasising", "emphasizing", "acknowledging", "admitting", "conceding", "confirming", "denying",
            "complaining", "lamenting", "tweeting", "posting", "announcing", "predicting", "recalling", "remarking",
            "reiterating", "echoing", "underlining", "highlighting", "asserting", "maintaining", "demanding",
            "pleading", "joking", "quipping", "cautioning", "reassuring", "assuring", "replying", "boasting",
            "proclaiming", "mocking", "blasting", "slamming", "chanting", "shouting", "screaming", "yelling", "singing",
        ])

    /// Nouns of speech whose possessor is the speaker: `Putin’s threat that Russia is “ready for war”`.
    static let speechNouns = set(
        [
            "threat", "threats", "claim", "claims", "warning", "warnings", "comment", "comments", "remark", "remarks",
            "word", "words", "statement", "statements", "pledge", "pledges", "promise", "promises", "vow", "vows",
            "accusation", "accusations", "assertion", "assertions", "description", "call", "calls", "demand",
            "demands", "insistence", "suggestion", "argument", "arguments", "message", "messages", "plea", "pleas",
            "assessment", "verdict", "prediction", "predictions", "admission", "boast", "complaint", "complaints",
            "criticism", "denial", "announcement", "declaration", "tweet", "tweets", "post", "posts", "speech",
            "address", "letter", "testimony", "response", "reply", "answer", "explanation", "confession", "joke",
            "quip", "retort", "view", "views", "remarks", "rhetoric", "appeal", "request", "advice", "update",
            "readout", "interview", "op-ed", "editorial", "note", "notes", "memo", "report",
        ])

    /// Nouns that announce a colon quote (`gave this update:`).
    static let colonNouns = set([
        "update", "statement", "message", "readout", "post", "tweet", "remarks", "words", "comments", "comment", "note",
        "response", "reply", "answer", "remark", "question", "quote",
    ])

    /// Words that report a figure or claim as someone's: `according to X`.
    static let according = W.according

    /// Naming, not speech: `the so-called “Coalition of the Willing”`.
    static let naming = set([
        "so-called", "dubbed", "termed", "named", "nicknamed", "titled", "entitled", "headlined", "captioned", "known", "branded",
    ])

    /// Infinitive or modal speech is hypothetical, not a quotation: `never have occasion to say “…”`.
    static let irrealis = set(["to", "would", "could", "might", "should", "may", "can", "will", "never", "not", "n't", "cannot"])

    static let pronouns = set(["he", "she", "they", "it", "we", "i", "you"])
    static let objectPronouns = set(["them", "us", "him", "me", "themselves", "itself", "ourselves", "yourselves"])
    static let malePronouns = set(["he", "him", "his"])
    static let femalePronouns = set(["she", "her", "hers"])
    static let possessivePronouns = set(["his", "her", "its", "their", "our", "my", "your"])

    static let determiners = set([
        "the", "a", "an", "this", "these", "those", "another", "one", "some", "two", "three", "several", "many", "both",
    ])

    /// Capitalised words that start sentences without naming anyone.
    static let capitalisedFunctionWords = set(
        [
            "the", "a", "an", "in", "on", "at", "for", "of", "and", "but", "or", "nor", "so", "yet", "as", "if",
            "when", "while", "after", "before", "since", "until", "because", "although", "though", "however",
            "nevertheless", "meanwhile", "moreover", "furthermore", "also", "still", "then", "now", "today",
            "yesterday", "tomorrow", "this", "that", "these", "those", "there", "here", "it", "its", "he", "she",
            "they", "we", "i", "you", "his", "her", "their", "our", "my", "your", "what", "which", "who", "whom",
            "whose", "where", "why", "how", "all", "some", "many", "most", "more", "much", "few", "no", "not",
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "both",
            "each", "every", "any", "another", "other", "such", "with", "without", "by", "from", "to", "into",
            "about", "over", "under", "against", "between", "among", "during", "through", "across", "despite",
            "amid", "following", "according", "asked", "speaking", "addressing", "earlier", "later", "last",
            "next", "first", "second", "third", "separately", "instead", "indeed", "even", "only", "just",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
            "mr", "mrs", "ms", "dr", "sir", "updated", "related", "read", "watch", "listen", "photo", "video",
            "image", "breaking", "live", "exclusive", "opinion", "analysis", "comment", "editor's", "note",
            "yes", "well", "look", "please", "thank", "thanks", "hello", "good", "ok", "okay", "oh", "let",
            "interactive", "advertisement", "share", "comments", "close", "email", "subscribe", "sign", "more",
            "breaking", "update", "exclusive", "watch", "live", "video", "photo", "correction", "editor", "note",
            "we're", "i'm", "it's", "that's", "there's", "don't", "can't", "won't", "isn't", "aren't", "didn't",
            "do", "does", "did", "is", "are", "was", "were", "be", "been", "have", "has", "had", "will", "would",
            "could", "should", "can", "must", "might", "shall", "once", "again", "never", "always", "already",
            "unlike", "like", "within", "beyond", "above", "below", "near", "outside", "inside", "toward",
            "towards", "upon", "via", "per", "whether", "either", "neither", "else", "almost", "nearly",
            "around", "roughly", "about", "some", "up", "down", "out", "off", "back", "away",
        ])

    /// Subjects that never name a speaker by themselves: `sources said`, `reports suggest`.
    static let vagueSpeakers = set(
        [
            "sources", "source", "reports", "report", "officials", "analysts", "critics", "experts", "observers",
            "people", "some", "many", "others", "media", "residents", "witnesses", "authorities", "diplomats",
            "insiders", "commentators", "supporters", "opponents", "lawmakers", "politicians", "one", "who", "which",
            "that", "this", "these", "those", "it", "there", "documents", "document", "polls", "data", "figures",
            "studies", "study", "research", "statistics", "estimates", "reporters", "journalists",
        ])

    /// Words that open a clause and so end a subject looked for leftwards.
    static let clauseWords = set(
        [
            "that", "which", "who", "whom", "whose", "while", "when", "whereas", "as", "because", "but", "and", "or",
            "so", "if", "although", "though", "after", "before", "since", "until", "unless", "where", "why", "how",
            "than", "then", "whether",
        ])

    /// Adverbs and auxiliaries that may stand between a subject and its verb (`China meanwhile said`).
    static let subjectVerbFillers = set(
        [
            "also", "has", "had", "have", "was", "is", "were", "are", "would", "will", "then", "later", "earlier",
            "meanwhile", "previously", "reportedly", "again", "repeatedly", "yesterday", "today", "tonight", "now",
            "recently", "separately", "further", "however", "once", "simply", "just", "too", "first", "still",
            "already", "publicly", "privately", "openly", "bluntly", "flatly", "firmly", "quickly", "immediately",
            "subsequently", "finally", "initially", "originally", "personally", "himself", "herself", "themselves",
            "itself", "directly", "separately", "told", "last", "week", "month", "year", "on", "monday", "tuesday",
            "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
            "this", "in", "a", "an", "the", "statement", "interview", "speech", "briefing", "post", "on", "x",
            "telegram", "twitter", "facebook", "instagram", "separate", "televised", "written", "joint", "brief",
            "recent", "press", "conference", "news", "at", "during", "late", "early", "never", "not", "often",
            "always", "frequently", "clearly", "sharply", "angrily", "quietly", "loudly", "emphatically",
            "cautiously", "confidently", "insistently", "repeatedly", "subsequently", "apparently",
        ])

    /// Verbs that take a quoted object as a name (`called his comments “Kremlin claptrap”`).
    static let namingVerbs = set([
        "called", "calls", "calling", "described", "describes", "describing", "dubbed", "branded", "labelled", "labeled",
        "termed",
    ])

    /// Verbs that, passive with `by`, give the speaker: `was criticised by X for “…”`.
    static let passiveSpeechVerbs = set(
        [
            "criticised", "criticized", "described", "called", "accused", "praised", "condemned", "dismissed",
            "branded", "labelled", "labeled", "warned", "told", "urged", "quoted", "cited", "attacked", "slammed",
            "blasted", "mocked", "hailed", "welcomed", "rejected", "denounced",
        ])

    /// Copulas and verbs that make a quoted phrase a mention (`“Whatever gets the job done” is my motto`).
    static let mentionVerbs = set([
        "is", "was", "are", "were", "has", "have", "had", "became", "becomes", "remains", "remained", "means", "meant",
    ])

}
