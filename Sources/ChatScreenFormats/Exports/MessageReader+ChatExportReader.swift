/// Plain text, JSONL and CSV input reads through the same interface as the chat exports, so the
/// CLI's scoring loop has one shape for every format.
extension MessageReader: ChatExportReader {}
