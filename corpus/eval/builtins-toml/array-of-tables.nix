builtins.fromTOML ''
[[fruit]]
name = "apple"
[[fruit.variety]]
name = "red"
[[fruit]]
name = "banana"
''
