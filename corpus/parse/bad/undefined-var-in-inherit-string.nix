{ inherit "a"; }
