r'\N{x}' rb'\N'
