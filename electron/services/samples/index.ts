// Sample application packets for the demo, the tests and `npm run samples`.
export { buildPacketFiles, samplePackets, writePacketFolder, writePacketZip, writeSamplePackets } from './sample-packets';
export type { PacketFiles, SamplePacket, WrittenSample } from './sample-packets';
