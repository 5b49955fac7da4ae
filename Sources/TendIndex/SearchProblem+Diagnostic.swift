import TendCore

// A search that cannot be read is reported like every other error: the command line prints
// each of these as the one diagnostic form, `tend: error: sentence`.

extension SearchPattern.Problem: DiagnosticConvertible {
    /// The sentence, as an error with no place.
    public var diagnostic: Diagnostic { .error(description) }
}

extension FieldCondition.Problem: DiagnosticConvertible {
    /// The sentence, as an error with no place.
    public var diagnostic: Diagnostic { .error(description) }
}

extension RegularExpression.Problem: DiagnosticConvertible {
    /// The sentence, as an error with no place.
    public var diagnostic: Diagnostic { .error(description) }
}
