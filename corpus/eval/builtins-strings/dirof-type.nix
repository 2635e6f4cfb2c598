map builtins.typeOf [ (dirOf /a/b) (dirOf "/a/b") ]
