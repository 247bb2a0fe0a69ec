// Placeholder: the chat widget (web/widget.js) is written against docs/protocol.md, "Visitor endpoint".
