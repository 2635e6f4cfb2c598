builtins.fromTOML ''
a = """x""y"""
b = """q"""""
''
