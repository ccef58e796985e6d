// Words for what is paid. After 多少 they ask an amount of money (「收了多少处理费」 is 3940 元),
// never a count of requests that mention a fee.
export const PAID_WORDS = ['信息处理费', '处理费', '费用', '金额', '罚款', '资金', '经费', '钱', '费'];
