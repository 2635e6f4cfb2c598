builtins.fromTOML ''
dec = 1_000_000
pos = +99
neg = -17
zero = 0
negzero = -0
hex = 0xDEAD_beef
oct = 0o755
bin = 0b1101
''
