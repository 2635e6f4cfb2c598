let s = { }; in { inherit (s) file line column; inherit (s) name value; }
