print('start')
raise StopIteration
