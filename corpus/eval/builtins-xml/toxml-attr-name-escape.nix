builtins.toXML { "a<b" = 1; "q\"" = 2; "n\nl" = 3; }
