builtins.toXML ({ c }@args: args)
