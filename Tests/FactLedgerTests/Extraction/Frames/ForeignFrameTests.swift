import Testing

@testable import FactLedger

/// Figures in articles in other languages: their numbers and frames, read from each language's tables.
struct ForeignFrameTests {
    @Test func readsASpanishYearOfAnEvent() throws {
        let text = "El gobierno dijo que el servicio militar fue abolido en 2001, y que no volverá."
        let x = extraction(text)
        #expect(x.language == "es")
        let c = try #require(x.claims.first { $0.text == "2001" })
        #expect(c.frame.measureKey == "military service|abolished||")
    }

    @Test func readsPortugueseScalesAndFrames() throws {
        let text = "O governo disse que os ativos congelados somam US$ 7 bilhões e que os feridos são 40 pessoas."
        let x = extraction(text)
        #expect(x.language == "pt")
        let money = try #require(x.claims.first { $0.unit == "USD" })
        #expect(money.value == 7e9)
        #expect(x.claims.contains { $0.value == 40 && $0.frame.entity == "people" })
    }

    @Test func readsSpelledNumeralsAndGroupedThousands() throws {
        let text = "Die Behörden sagten, dass dreiundzwanzig Menschen verletzt wurden und 1.800 Menschen die Stadt verließen."
        let x = extraction(text)
        #expect(x.language == "de")
        #expect(x.claims.contains { $0.value == 23 })
        #expect(x.claims.contains { $0.value == 1_800 })
    }

    @Test func spanishBillonIsATrillion() {
        #expect(ForeignNumbers.table(for: "es")?.scales["billón"] == 1e12)
        #expect(ForeignNumbers.table(for: "en") == nil)
    }
}

/// Which language an article is in.
struct LanguageDetectorTests {
    @Test(arguments: [
        ("The ministry said that the talks were over and that it would not sign.", "en"),
        ("El ministerio dijo que las conversaciones habían terminado y que no firmaría.", "es"),
        ("O ministério disse que as conversas tinham terminado e que não assinaria o acordo.", "pt"),
        ("Das Ministerium sagte, dass die Gespräche beendet seien und es nicht unterschreiben werde.", "de"),
        ("Le ministère a dit que les discussions étaient terminées et qu’il ne signerait pas.", "fr"),
        ("Министерство заявило, что переговоры закончились и что оно не подпишет соглашение.", "ru"),
        ("12 34 56", "und"),
    ])
    func tellsTheLanguage(_ c: (String, String)) {
        #expect(LanguageDetector.language(of: c.0) == c.1)
    }
}
