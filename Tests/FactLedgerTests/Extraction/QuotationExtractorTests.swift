import Testing

@testable import FactLedger

struct QuotationExtractorTests {
    struct Case: CustomStringConvertible, Sendable {
        var marked: String
        var speaker: String?
        var written: String?
        var kind: QuoteKind
        var description: String { marked }
    }

    @Test(arguments: [
        // Speaker after the quote, with an honorific resolved to the full name given earlier.
        Case(
            marked: "Nato secretary general Mark Rutte arrived. “1️⃣Nato is a defensive alliance,2️⃣” Mr Rutte said.",
            speaker: "Mark Rutte", written: "Mr Rutte", kind: .direct),
        // Inverted verbs.
        Case(marked: "“1️⃣I love cats!2️⃣” insists Burton.", speaker: "Burton", written: "Burton", kind: .direct),
        Case(
            marked: "“1️⃣Rutte took part in the virtual meeting,2️⃣” said Nato’s press office.",
            speaker: "Nato's press office", written: "Nato’s press office", kind: .direct),
        // Speaker before, colon and quotation marks.
        Case(marked: "She said: “1️⃣This is a nicely structured quote.2️⃣”", speaker: nil, written: "She", kind: .direct),
        // An aside between the name and its verb.
        Case(
            marked:
                "Britain's defence secretary, John Healey, echoed that message, warning “1️⃣there can be no negotiation about Ukraine without Ukraine.2️⃣”",
            speaker: "John Healey", written: "John Healey", kind: .direct),
        Case(
            marked:
                "“1️⃣The Russians are deliberately targeting civilian infrastructure,2️⃣” Tymur Tkachenko, the head of the military administration for the capital, said on Telegram.",
            speaker: "Tymur Tkachenko", written: nil, kind: .direct),
        // Partial quotes inside reported speech.
        Case(
            marked: "Sir Keir Starmer’s spokesperson said Putin’s comments were “1️⃣Kremlin claptrap2️⃣”.",
            speaker: "Keir Starmer’s spokesperson", written: "Sir Keir Starmer’s spokesperson", kind: .partial),
        Case(
            marked: "Nato and the UK hit back at Vladimir Putin’s threat that Russia is “1️⃣ready for war2️⃣” with Europe.",
            speaker: "Vladimir Putin", written: "Vladimir Putin", kind: .partial),
        // Single quotes in a caption, beside apostrophes.
        Case(
            marked:
                "The Russian president said he was ready for war with Europe ‘1️⃣if they want it2️⃣’. Ukraine’s leaders don’t agree.",
            speaker: "Russian president", written: "The Russian president", kind: .partial),
        // A colon quote without marks, to the next live-blog timestamp.
        Case(
            marked: "4.58pm GMT Landsbergis said: 1️⃣It feels like the only plan that we had.2️⃣ 4.43pm GMT Other news here.",
            speaker: "Landsbergis", written: "Landsbergis", kind: .colon),
        // A role the article ties to a name, anywhere in it.
        Case(
            marked:
                "French President Emmanuel Macron spoke on Tuesday. The French president added: 1️⃣Negotiations are getting a new impetus.2️⃣",
            speaker: "Emmanuel Macron", written: "The French president", kind: .colon),
        Case(
            marked:
                "German Chancellor Olaf Scholz rejected any \"dictated peace\" and his defence minister said it was \"1️⃣regrettable2️⃣\". \"It is bad,\" German defence minister Boris Pistorius said.",
            speaker: "Boris Pistorius", written: "his defence minister", kind: .partial),
        // Pronouns: the last person named that fits.
        Case(
            marked: "UK foreign secretary Yvette Cooper met ministers. “1️⃣Two presidents are seeking peace,2️⃣” she said.",
            speaker: "Yvette Cooper", written: "she", kind: .direct),
        Case(
            marked: "Burton explained from a podium. \"1️⃣I love cats,2️⃣\" he said.", speaker: "Burton", written: "he", kind: .direct
        ),
        // A misspelling of a name the article gives.
        Case(
            marked: "Keir Starmer spoke to MPs. Starner said of the latest talks: 1️⃣Progress was made and I welcome it.2️⃣",
            speaker: "Keir Starmer", written: "Starner", kind: .colon),
        // A spokesperson with a name of their own.
        Case(
            marked:
                "US army secretary Dan Driscoll met them. Lt Col Jeff Tolbert, Driscoll’s spokesperson, gave this update: 1️⃣The talks are going well.2️⃣",
            speaker: "Jeff Tolbert", written: nil, kind: .colon),
        // A bare pronoun with no one before it stays as written.
        Case(marked: "\"1️⃣Some people say otherwise,2️⃣\" he conceded.", speaker: nil, written: "he", kind: .direct),
    ])
    func attributesTheQuoteToItsSpeaker(_ c: Case) throws {
        // Given an article
        let marked = MarkedText(c.marked)
        // When quotes are extracted
        let x = extraction(marked.text)
        // Then the marked quote is found, with its kind and speaker
        let q = try #require(x.quotes.first { $0.range == marked.range }, "\(x.quotes.map { ($0.text, $0.range) })")
        #expect(q.kind == c.kind)
        #expect(x.speakerName(q) == c.speaker)
        if let written = c.written { #expect(q.speakerAsWritten == written) }
        #expect(slice(marked.text, q.range) == q.text)
    }

    @Test func splitQuoteIsOneUtteranceOfOneSpeaker() throws {
        let text =
            "Mark Rutte spoke. “Nato is a defensive alliance,” Mr Rutte said, ahead of a summit. “But make no mistake, we are ready.”"
        let x = extraction(text)
        #expect(x.quotes.count == 2)
        #expect(x.quotes.allSatisfy { x.speakerName($0) == "Mark Rutte" })
        #expect(x.quotes[0].utterance == x.quotes[1].utterance)
    }

    @Test func followOnParagraphBelongsToThePreviousSpeaker() throws {
        let text = """
            "There is no betrayal there," US Secretary of Defense Pete Hegseth said ahead of a meeting.

            "That will require both sides recognising things they don't want to."

            Trump denied it.
            """
        let x = extraction(text)
        let q = try #require(x.quote(containing: "That will require"))
        #expect(x.speakerName(q) == "Pete Hegseth")
        #expect(q.speakerAsWritten == "US Secretary of Defense Pete Hegseth")
    }

    @Test func quoteRunningOverParagraphsIsOneQuote() throws {
        let text =
            "“It's difficult indeed,” the annotator said. He looked puzzled. “What even is a quote really?\n\n“Sometimes it spans paragraphs without closing quotation marks.”"
        let x = extraction(text)
        let q = try #require(x.quote(containing: "What even is a quote"))
        #expect(q.text.contains("Sometimes it spans paragraphs"))
    }

    @Test(arguments: [
        "Under the false pretext of defending \"Western values,\" they have dragged Europe deeper into war.",
        "Europe is responding to Trump's rise in the US by \"Trumpising\" its own policies.",
        "The ‘coalition of the willing’ call on Tuesday was attended by Marco Rubio, reports the PA news agency.",
        "It is not clear what that “positive outcome” is, after accusations that the plan was a “Russian wishlist”.",
        "Burton claims that his favorite book is \"One Hundred Years of Solitude\".",
        "“Whatever gets the job done” is my new motto.",
        "May embellished this theme, suggesting that Scottish police officers never have occasion to say “You're nicked, sunshine.”",
        "Separately, the so-called “Coalition of the Willing” will also meet virtually today.",
    ])
    func scareQuotesTitlesAndHypotheticalsAreNotQuotations(_ text: String) {
        #expect(extraction(text).quotes.isEmpty)
    }

    @Test func unbalancedQuoteIsADiagnosticAndTheRestIsStillExtracted() {
        let text = "He said “this never closes. Then he left.\n\nLater, “fine,” Jane Doe said. Then she left."
        let x = extraction(text)
        #expect(x.diagnostics.contains { $0.message.contains("never closed") })
        #expect(x.quote(containing: "fine").map { x.speakerName($0) } == "Jane Doe")
    }

    @Test func nestedSingleQuotesStayInsideTheirQuote() throws {
        let x = extraction("He told everyone, \"This 'hamburger with extra cheese and pickles' is good.\"")
        #expect(x.quotes.count == 1)
        #expect(x.quotes[0].text.contains("'hamburger"))
    }

    @Test func offsetsSliceBackToTheQuotedWordsInEverySeed() throws {
        for path in try seedPaths() {
            let article = try ArticleReader().read(path: path, file: path)
            let x = Extractor().extract(article)
            #expect(!x.quotes.isEmpty)
            for q in x.quotes {
                #expect(slice(article.text, q.range) == q.text)
                if let r = q.speakerRange, let written = q.speakerAsWritten {
                    #expect(slice(article.text, r).hasPrefix(written.prefix(3)))
                }
            }
        }
    }
}
