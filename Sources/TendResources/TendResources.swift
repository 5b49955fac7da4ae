/// The data files that ship inside tend: the emotion lexicon. They are built into the binary
/// (SwiftPM's `embedInCode`), so an installed `tend` needs no files beside it.
public enum TendResources {
    /// The default emotion lexicon (`word<TAB>canonical<TAB>family` lines).
    public static func emotionLexicon() -> String {
        String(decoding: PackageResources.emotions_tsv, as: UTF8.self)
    }
}
