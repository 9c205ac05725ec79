/// First names that tell a speaker's gender, for resolving `he` and `she`, and place names that
/// make a capitalised subject an organisation (`China said`) rather than a person.
enum Names {
    static let female = Lexicon.set(
        """
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
        kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen
        amy shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn
        janet ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan
        cheryl andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail
        julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte
        rose alexis kayla yvette karoline kamala hillary nikki ursula giorgia kaja annalena liz theresa angela marine
        jacinda sanna mette kristalina christine roberta yulia iryna olena liubov lyubov tetiana tetyana oksana natalia
        nataliya svetlana tatiana tatyana olga irina elena ekaterina yekaterina anastasia maria mariya kateryna khrystyna
        viktoria valentina lyudmila galina larisa marina ludmila inna alla vera nadia nadezhda daria darya sofia sofiya
        ulyana yuliia yuliya halyna hanna ganna ivanka melania michelle jill laura nancy alexandria ilhan rashida
        pramila tulsi susie kristi kirsten elise marsha lindsey lisa tammy jeanne sheila suella priti
        rachel yvette bridget angela lucy emily thérèse therese ségolène segolene anne sylvie christiane brigitte valérie
        valerie nathalie isabelle sophie camille chloé chloe léa lea manon inès ines sarah clara alice louise ursula
        annegret julia katarina kristin ingrid helle mette magdalena ewa agnieszka katarzyna malgorzata joanna beata
        dorota zuzana jana eva petra lucie alena giulia francesca chiara giorgia elly mara laura carmen pilar ana isabel
        lucia marta beatriz ines leonor raquel teresa kaja kersti aino sanna tarja mari jacinda kiri
        ayesha fatima aisha maryam zainab leila layla noor amira yasmin sana hina malala benazir indira sonia priyanka
        nirmala smriti mamata aung suu chen mei li hua ling yuki akiko yoko keiko haruka sakura min-jung ji-yeon
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    static let male = Lexicon.set(
        """
        james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony mark
        donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary
        nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond
        jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle noah ethan jeremy walter christian
        keith roger terry austin sean gerald carl harold dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe
        logan alan juan albert willie elijah wayne randy vincent mason roy ralph bobby russell bradley philip eugene dan
        keir rishi boris tony gordon david nigel jeremy john ed mike joe barack bill jd marco pete pete
        steve jared kash lloyd antony jake kurt dick newt mitch chuck ted rand mitt jeb
        vladimir volodymyr dmitry dmitri dmitriy sergei sergey sergiy serhiy yuri yuriy oleksandr oleksiy olexiy andriy
        andrii andrei andrey mykola mykhailo mikhail ivan petro petr pavlo pavel vitali vitalii vitaliy vitaly viktor
        victor oleg oleh igor ihor ruslan rustem denys denis maksym maxim kyrylo kirill tymur timur taras bohdan anatoliy
        anatoly valeriy valery vasyl vasily yevgeny yevhen evgeny roman alexei alexey aleksei aleksandr nikolai nikolay
        leonid gennady ramzan arkady boris konstantin stanislav vyacheslav vadim artem artyom gabrielius vytautas
        gitanas margus emmanuel francois françois jean jacques nicolas michel pierre philippe bruno gerald
        gérald sebastien sébastien fabien jordan edouard édouard gabriel laurent olivier thierry dominique stéphane
        stephane benoit benoît frank frank-walter olaf friedrich johann boris norbert markus christian robert karl
        wolfgang gerhard helmut horst thomas lars jens jurgen jürgen joachim hans heinz dieter uwe alexander sigmar
        pedro mariano jose josé luis carlos manuel antonio francisco javier alberto santiago alvaro giorgio matteo
        sergio mario giuseppe paolo luigi silvio enrico antonio roberto recep tayyip hakan mevlut ahmet mehmet mustafa
        xi li wang zhang liu chen yang zhao huang zhou wu jiang hu wen qin narendra rahul amit rajnath subrahmanyam
        shehbaz imran nawaz benjamin naftali yair isaac yoav bezalel itamar mahmoud ismail yahya hassan hasan ali
        mohammed muhammad mohammad ahmed abdul abdullah khalid faisal salman omar umar osama bashar ebrahim masoud
        abbas ayatollah hossein javad kim jong yoon moon fumio shinzo yoshihide shigeru ishiba lula jair javier
        cyril jacob thabo muhammadu bola pål pal jonas jens ulf magnus erik
        anders bjorn björn stefan mateusz andrzej donald radoslaw radosław wladyslaw władysław jaroslaw jarosław viktor
        peter aleksandar aleksandar milos miloš edi ilir kyriakos rumen
        klaus mark dick hendrik wopke geert josep valdis
        rafael tedros antonio dan daniel jeff jeffrey tim tom tommy ben sam matt nick chris
        jim jimmy bob rob will bill greg doug ron ken rick ray walt fred larry tony ted vance jd
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))

    /// Countries, capitals and regions that speak as institutions (`China said`, `Moscow warned`).
    static let places = Lexicon.set(
        """
        russia ukraine china france germany britain uk us usa america japan india iran israel turkey poland italy spain
        canada australia brazil mexico egypt syria iraq afghanistan pakistan sweden finland norway denmark estonia latvia
        lithuania hungary slovakia czechia romania bulgaria greece serbia croatia belarus moldova georgia armenia
        azerbaijan kazakhstan netherlands belgium austria switzerland portugal ireland scotland wales qatar
        saudi arabia emirates uae kuwait jordan lebanon palestine gaza venezuela argentina chile colombia cuba nigeria
        kenya ethiopia sudan somalia libya algeria morocco tunisia taiwan korea vietnam indonesia thailand philippines
        malaysia singapore europe africa asia nato eu kremlin moscow kyiv kiev washington london paris berlin brussels
        beijing tehran ankara warsaw rome madrid tokyo delhi minsk tbilisi vilnius riga tallinn helsinki stockholm oslo
        copenhagen budapest bratislava prague bucharest sofia athens belgrade zagreb lisbon dublin geneva vienna bern
        pyongyang seoul jerusalem damascus baghdad kabul islamabad riyadh doha dubai cairo caracas havana
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init))
}
