[ true false null map toString import throw abort baseNameOf dirOf isNull removeAttrs derivation fetchTarball ]
