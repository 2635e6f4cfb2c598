[ ./a/b.nix ../c /abs/path ~/home/file <nixpkgs> <nixpkgs/lib> ]
