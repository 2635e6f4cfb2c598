derivation { name = "none"; }
