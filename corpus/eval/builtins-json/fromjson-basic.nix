builtins.fromJSON ''{"x": [1, 2, 3], "y": null, "z": {"w": true}}''
