import asyncio

async def blink(led, interval=0.25):
    while True:
        led.value = not led.value
        await asyncio.sleep(interval)

async def main():
    tasks = [asyncio.create_task(blink(l)) for l in leds]
    async with lock:
        async for item in source():
            print(item)
    await asyncio.gather(*tasks)

asyncio.run(main())
