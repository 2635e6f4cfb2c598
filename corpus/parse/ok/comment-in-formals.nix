{ a # first
, b ? /* default */ 2 # second
, ... # rest
}: a + b
