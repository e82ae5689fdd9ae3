export default function SmsCard() {
  return null;
}
