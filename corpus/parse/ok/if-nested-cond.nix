if if true then false else true then 1 else 2
