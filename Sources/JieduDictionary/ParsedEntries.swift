import JieduCore

/// A memo of parsed dictionary entries by word, safe to share between the tasks of a batch, and
/// bounded like every `LockedMemo`.
typealias ParsedEntries = LockedMemo<WordKey, [CedictEntry]>
