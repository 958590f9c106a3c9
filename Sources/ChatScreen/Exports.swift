@_exported import ChatScreenRules
@_exported import ChatScreenText
