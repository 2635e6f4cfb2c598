{ lib }:

let
  inherit (lib.trivial) id flip;
  inherit (builtins) head tail length elemAt genList filter;
in
rec {
  /* Right fold: foldr op nul [x_1 x_2 ... x_n] == op x_1 (op x_2 ... (op x_n nul))
  */
  foldr = op: nul: list:
    let
      len = length list;
      fold' = n:
        if n == len
        then nul
        else op (elemAt list n) (fold' (n + 1));
    in fold' 0;

  fold = foldr;

  # Left fold with strict accumulator.
  foldl = op: nul: list:
    let
      foldl' = n:
        if n == -1
        then nul
        else op (foldl' (n - 1)) (elemAt list n);
    in foldl' (length list - 1);

  imap0 = f: list: genList (n: f n (elemAt list n)) (length list);

  imap1 = f: list: genList (n: f (n + 1) (elemAt list n)) (length list);

  concatMap = f: list: builtins.concatLists (map f list);

  flatten = x:
    if builtins.isList x
    then concatMap (y: flatten y) x
    else [ x ];

  remove = e: filter (x: x != e);

  findSingle = pred: default: multiple: list:
    let found = filter pred list; len = length found;
    in if len == 0 then default
      else if len != 1 then multiple
      else head found;

  findFirst = pred: default: list:
    let found = filter pred list;
    in if found == [ ] then default else head found;

  any = builtins.any or (pred: foldr (x: y: if pred x then true else y) false);

  all = builtins.all or (pred: foldr (x: y: if pred x then y else false) true);

  count = pred: foldl (c: x: if pred x then c + 1 else c) 0;

  optional = cond: elem: if cond then [ elem ] else [ ];

  optionals = cond: elems: if cond then elems else [ ];

  toList = x: if builtins.isList x then x else [ x ];

  range = first: last:
    if first > last
    then [ ]
    else genList (n: first + n) (last - first + 1);

  partition = builtins.partition or (pred:
    foldr (h: t:
      if pred h
      then { right = [ h ] ++ t.right; wrong = t.wrong; }
      else { right = t.right; wrong = [ h ] ++ t.wrong; }
    ) { right = [ ]; wrong = [ ]; });

  groupBy' = op: nul: pred: lst:
    foldl (r: e:
      let key = pred e; in
      r // { ${key} = op (r.${key} or nul) e; }
    ) { } lst;

  zipListsWith = f: fst: snd:
    genList (n: f (elemAt fst n) (elemAt snd n))
      (lib.min (length fst) (length snd));

  zipLists = zipListsWith (fst: snd: { inherit fst snd; });

  reverseList = xs:
    let l = length xs; in genList (n: elemAt xs (l - n - 1)) l;

  take = count: sublist 0 count;

  drop = count: list: sublist count (length list) list;

  sublist = start: count: list:
    let len = length list; in
    genList
      (n: elemAt list (n + start))
      (if start >= len then 0
       else if start + count > len then len - start
       else count);

  last = list:
    assert lib.assertMsg (list != [ ]) "lists.last: list must not be empty!";
    elemAt list (length list - 1);

  init = list:
    assert lib.assertMsg (list != [ ]) "lists.init: list must not be empty!";
    take (length list - 1) list;

  unique = foldl (acc: e: if builtins.elem e acc then acc else acc ++ [ e ]) [ ];

  intersectLists = e: filter (x: builtins.elem x e);

  subtractLists = e: filter (x: !(builtins.elem x e));

  mutuallyExclusive = a: b: length a == 0 || !(any (x: builtins.elem x a) b);
}
