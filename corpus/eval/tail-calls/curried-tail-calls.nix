let step = a: b: c: if a == 0 then [ b c ] else step (a - 1) (b + 1) (c ++ [ a ]); in step 50 0 [ ]
