builtins.attrNames { "b" = 1; "B" = 2; "a" = 3; "_" = 4; "a-b" = 5; "a'" = 6; "" = 7; }
