builtins.path { path = ./fixtures/tree; sha256 = "08jk7b4n8sm8fi7pzgj0rs6sd2qqjs0bz3zxnwscnlnnlqlaxvp2"; }
