builtins.fromTOML ''
a = """
Roses are red
Violets are blue"""
b = """one \
    two"""
''
