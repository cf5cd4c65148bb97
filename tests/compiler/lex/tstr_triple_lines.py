t"""one
{x}
  two
"""
t'''
'''
t"""a""
"""
