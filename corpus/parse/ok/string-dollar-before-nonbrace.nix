"cost: $5 and $x"
