builtins.fromTOML ''
x = """
[a]
[[b]]
"""
y = [
  "]",
  '[',
]
[[t.u]]
[t.v]
''
