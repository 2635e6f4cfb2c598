derivation { name = "s"; system = "my-weird-system"; builder = "b"; }
