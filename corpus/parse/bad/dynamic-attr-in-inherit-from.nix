let k = "a"; s = { }; in { inherit (s) ${k}; }
