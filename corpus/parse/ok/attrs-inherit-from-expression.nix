{ inherit ({ a = 1; }) a; inherit (builtins) map head; }
