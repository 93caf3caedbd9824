"""A real SMTP server (aiosmtpd) for the delivery tests, which can be told to misbehave.

Accepted messages are saved in --spool as NNN.eml with NNN.json (envelope sender and recipients).
  --fail-data N CODE     answer the first N DATA commands with CODE (e.g. 451) instead of accepting
  --reject-rcpt ADDR     answer RCPT TO:<ADDR> with 550 (repeatable)
  --drop-after-data N    for the first N messages: keep the message, then drop the connection without replying
  --stall-ehlo-at N      on the N-th EHLO (connection), touch --marker and hang
  --stall-data-at N      on the N-th DATA, touch --marker and hang before replying
Prints READY when listening on 127.0.0.1:--port.
"""
import argparse, asyncio, json, os, sys, time
from aiosmtpd.controller import Controller

p = argparse.ArgumentParser()
p.add_argument("--port", type=int, required=True)
p.add_argument("--spool", required=True)
p.add_argument("--fail-data", nargs=2, type=int, default=[0, 451])
p.add_argument("--reject-rcpt", action="append", default=[])
p.add_argument("--drop-after-data", type=int, default=0)
p.add_argument("--stall-ehlo-at", type=int, default=0)
p.add_argument("--stall-data-at", type=int, default=0)
p.add_argument("--marker", default="")
args = p.parse_args()
os.makedirs(args.spool, exist_ok=True)


class Handler:
    def __init__(self):
        self.ehlos = 0
        self.datas = 0
        self.saved = 0

    def touch(self):
        if args.marker:
            with open(args.marker, "w") as f:
                f.write(str(time.time()))

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        self.ehlos += 1
        session.host_name = hostname
        if self.ehlos == args.stall_ehlo_at:
            self.touch()
            await asyncio.sleep(3600)
        return responses

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in [a.lower() for a in args.reject_rcpt]:
            return "550 5.1.1 <%s>: mailbox unavailable" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    def save(self, envelope):
        self.saved += 1
        name = os.path.join(args.spool, "%03d" % self.saved)
        with open(name + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(name + ".json", "w") as f:
            json.dump({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos}, f)
        os.rename(name + ".eml.tmp", name + ".eml")

    async def handle_DATA(self, server, session, envelope):
        self.datas += 1
        if self.datas <= args.fail_data[0]:
            return "%d 4.3.0 try again later" % args.fail_data[1]
        if self.datas == args.stall_data_at:
            self.touch()
            await asyncio.sleep(3600)
        self.save(envelope)
        if self.saved <= args.drop_after_data:
            server.transport.abort()
            return "250 OK (never seen: the connection is gone)"
        return "250 OK queued"


controller = Controller(Handler(), hostname="127.0.0.1", port=args.port)
controller.start()
print("READY", flush=True)
try:
    sys.stdin.read()
finally:
    controller.stop()
