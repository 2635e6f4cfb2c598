# A layered set as the argument of a function with formals.
let f = { a0, a1, p ? 7, ... }@args: [ a0 a1 p (builtins.length (builtins.attrNames args)) ];
    g = { a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39, q }: a0 + q;
    s = (builtins.listToAttrs (builtins.genList (i: { name = "a${toString i}"; value = i; }) 40)) // { p = 1; } // { q = 2; };
in [ (f s) (f (s // { a1 = 100; })) (g (builtins.removeAttrs s [ "p" ])) ]
