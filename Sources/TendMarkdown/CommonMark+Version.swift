import CCmark

extension CommonMark {
    /// The version of the libcmark tend runs with, as the library itself reports it (`0.30.2`).
    ///
    /// Asked at run time, not taken from the headers tend was built with: the package
    /// manager may have updated the shared library since.
    public static var libraryVersion: String {
        String(cString: cmark_version_string())
    }
}
