import Yams

// Yams.Node is an immutable value tree (enums and structs of strings and arrays), safe to share.
extension Node: @retroactive @unchecked Sendable {}
