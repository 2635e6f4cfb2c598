with { __findFile = a: b: b; }; <x>
