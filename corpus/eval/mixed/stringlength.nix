builtins.stringLength "héllo"
