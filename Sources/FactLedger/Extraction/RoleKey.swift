/// Normalised keys for roles, so `the Russian leader`, `Russian President` and
/// `Russia's president` can find the same person.
///
/// Nationality adjectives become their country (`Russian` → `russia`), articles and possessive
/// endings go, and `leader` is kept as a wildcard for a head of state or government.
public enum RoleKey {
    public static func make(_ role: String) -> String {
        var words = NameKey.fold(role).split(separator: " ").map(String.init)
        words.removeAll { ["the", "a", "an", "s", "of", "his", "her", "their", "its", "country", "nation"].contains($0) }
        words = words.map { nationalities[$0] ?? $0 }
        var i = 0
        while i + 1 < words.count {
            if words[i] == "prime", words[i + 1] == "minister" { words.replaceSubrange(i...(i + 1), with: ["prime-minister"]) }
            i += 1
        }
        return words.joined(separator: " ")
    }

    /// Countries by adjective and short forms, folded.
    public static let nationalities: [String: String] = [
        "russian": "russia", "russia": "russia", "french": "france", "france": "france", "british": "uk", "uk": "uk",
        "britain": "uk", "english": "uk", "american": "us", "us": "us", "u": "us", "usa": "us", "america": "us",
        "ukrainian": "ukraine", "ukraine": "ukraine", "german": "germany", "germany": "germany", "chinese": "china",
        "china": "china", "italian": "italy", "italy": "italy", "spanish": "spain", "spain": "spain", "polish": "poland",
        "poland": "poland", "turkish": "turkey", "turkey": "turkey", "israeli": "israel", "israel": "israel",
        "iranian": "iran", "iran": "iran", "indian": "india", "india": "india", "japanese": "japan", "japan": "japan",
        "canadian": "canada", "canada": "canada", "australian": "australia", "australia": "australia",
        "dutch": "netherlands", "netherlands": "netherlands", "belgian": "belgium", "swedish": "sweden",
        "sweden": "sweden", "finnish": "finland", "finland": "finland", "norwegian": "norway", "danish": "denmark",
        "estonian": "estonia", "latvian": "latvia", "lithuanian": "lithuania", "hungarian": "hungary",
        "hungary": "hungary", "slovak": "slovakia", "czech": "czechia", "romanian": "romania", "greek": "greece",
        "irish": "ireland", "belarusian": "belarus", "belarus": "belarus", "georgian": "georgia", "syrian": "syria",
        "saudi": "saudi-arabia", "egyptian": "egypt", "brazilian": "brazil", "mexican": "mexico",
        "south": "south", "korean": "korea", "north": "north", "palestinian": "palestine", "emirati": "uae",
        "qatari": "qatar", "pakistani": "pakistan", "afghan": "afghanistan", "iraqi": "iraq", "lebanese": "lebanon",
        "venezuelan": "venezuela", "argentine": "argentina", "argentinian": "argentina", "nato": "nato",
        "eu": "eu", "european": "eu", "kremlin": "russia", "swiss": "switzerland", "austrian": "austria",
        "portuguese": "portugal", "serbian": "serbia", "croatian": "croatia", "bulgarian": "bulgaria",
        "moldovan": "moldova", "armenian": "armenia", "azerbaijani": "azerbaijan", "kazakh": "kazakhstan",
        "nigerian": "nigeria", "kenyan": "kenya", "ethiopian": "ethiopia", "taiwanese": "taiwan", "vietnamese": "vietnam",
        "indonesian": "indonesia", "thai": "thailand", "filipino": "philippines", "scottish": "scotland", "welsh": "wales",
    ]
}
