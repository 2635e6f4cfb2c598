let a = import ./printing-lib/set.nix; in [ a (import ./printing-lib/set.nix) ]
