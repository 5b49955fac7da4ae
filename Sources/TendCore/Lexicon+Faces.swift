/// Feelings written as a face alone (docs/vault-format.md, "Emotions"): `- 😢` under *Feelings*,
/// `Mood: 😔`, as mood apps (Daylio, How We Feel) and quick notes on a phone keep them.
extension Lexicon {
    /// The feeling word a face written alone stands for, by the face's Unicode name (its CLDR
    /// short name, given beside it): `😢` crying face, sad; nil for any other text, and for the
    /// faces that name no one feeling (`😐` neutral face, `🙃` upside-down face).
    static func feeling(ofFace text: String) -> String? {
        // Only a name that starts outside ASCII can be a face: most are words.
        guard let first = text.utf8.first, !UTF8.isASCII(first) else { return nil }
        // `☹️`: the variation selector that asks for the emoji form is no part of the face.
        return faces[text.unicodeScalars.contains("\u{FE0F}") ? String(text.unicodeScalars.filter { $0 != "\u{FE0F}" }) : text]
    }

    private static let faces: [String: String] = [
        "😢": "sad",            // crying face
        "😭": "sad",            // loudly crying face
        "😔": "sad",            // pensive face
        "🙁": "sad",            // slightly frowning face
        "☹": "sad",             // frowning face
        "😞": "disappointed",   // disappointed face
        "😊": "happy",          // smiling face with smiling eyes
        "🙂": "content",        // slightly smiling face
        "😀": "happy",          // grinning face
        "😃": "happy",          // grinning face with big eyes
        "😄": "joyful",         // grinning face with smiling eyes
        "😁": "joyful",         // beaming face with smiling eyes
        "🥰": "loved",          // smiling face with hearts
        "😍": "love",           // smiling face with heart-eyes
        "😌": "relieved",       // relieved face
        "😇": "peaceful",       // smiling face with halo
        "🥲": "moved",          // smiling face with tear
        "🥹": "moved",          // face holding back tears
        "😡": "angry",          // enraged face
        "😠": "angry",          // angry face
        "🤬": "furious",        // face with symbols on mouth
        "😤": "frustrated",     // face with steam from nose
        "😰": "anxious",        // anxious face with sweat
        "😟": "worried",        // worried face
        "😨": "fearful",        // fearful face
        "😱": "scared",         // face screaming in fear
        "😩": "exhausted",      // weary face
        "😫": "tired",          // tired face
        "😴": "tired",          // sleeping face
        "😳": "embarrassed",    // flushed face
        "😕": "confused",       // confused face
        "😲": "astonished",     // astonished face
        "😮": "surprised",      // face with open mouth
        "🤯": "overwhelmed",    // exploding head
        "🙏": "grateful",       // folded hands
    ]
}
